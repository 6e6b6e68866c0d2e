package org.pulsewall.wall;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches theme files on disk and hands the changed ones to {@code onChanged} on the FX thread, so a
 * designer sees an edited CSS file on the wall at once. An editor's burst of events for one save
 * becomes a single {@code Platform.runLater}.
 */
public final class ThemeWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeWatcher.class);

    private final Set<Path> files;
    private final Consumer<Set<Path>> onChanged;
    private final WatchService service;
    private final Thread thread;
    private final Set<Path> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private volatile boolean closed;

    private ThemeWatcher(Set<Path> files, Consumer<Set<Path>> onChanged) throws IOException {
        this.files = files;
        this.onChanged = onChanged;
        this.service = FileSystems.getDefault().newWatchService();
        Set<Path> dirs = new HashSet<>();
        for (Path file : files) {
            Path dir = file.getParent();
            if (dir != null && dirs.add(dir)) {
                dir.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            }
        }
        thread = DaemonThreads.thread("pulsewall-theme-watcher", this::run);
    }

    /**
     * Starts watching {@code files} (absolute paths); {@code onChanged} receives the changed ones on
     * the FX thread. Returns null when there is nothing to watch or the directories cannot be watched.
     */
    public static ThemeWatcher start(Collection<Path> files, Consumer<Set<Path>> onChanged) {
        Set<Path> absolute = new HashSet<>();
        files.forEach(f -> absolute.add(f.toAbsolutePath().normalize()));
        if (absolute.isEmpty()) {
            return null;
        }
        try {
            ThemeWatcher watcher = new ThemeWatcher(Set.copyOf(absolute), onChanged);
            watcher.thread.start();
            LOG.info("watching themes {}", absolute);
            return watcher;
        } catch (IOException e) {
            LOG.warn("cannot watch themes {}: {}", absolute, e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing theme watch service", e);
        }
        thread.interrupt();
    }

    private void run() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        markIfWatched(dir.resolve(name));
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void markIfWatched(Path changed) {
        Path file = changed.toAbsolutePath().normalize();
        if (files.contains(file) && dirty.add(file) && flushQueued.compareAndSet(false, true)) {
            Platform.runLater(this::flush);
        }
    }

    private void flush() {
        flushQueued.set(false);
        Set<Path> changed = new HashSet<>(dirty);
        dirty.removeAll(changed);
        if (!closed && !changed.isEmpty()) {
            LOG.info("theme changed on disk: {}", changed);
            onChanged.accept(Set.copyOf(changed));
        }
    }
}
