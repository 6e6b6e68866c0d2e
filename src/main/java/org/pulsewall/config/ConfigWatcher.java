package org.pulsewall.config;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a wall from disk when wall.yaml or a playlist changes. Changes are debounced (an editor
 * saves in several steps); a reload that does not validate is logged with {@code file:line} and
 * dropped, so the last good configuration keeps playing.
 */
public final class ConfigWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

    private final ConfigBase.Directory base;
    private final String wallFile;
    private final WallConfigLoader loader;
    private final Consumer<WallConfig> onReload;
    private final Duration quietPeriod;
    private final WatchService watcher;
    private final Thread thread;

    public ConfigWatcher(ConfigBase.Directory base, String wallFile, WallConfigLoader loader,
                         Consumer<WallConfig> onReload, Duration quietPeriod) throws IOException {
        this.base = base;
        this.wallFile = wallFile;
        this.loader = loader;
        this.onReload = onReload;
        this.quietPeriod = quietPeriod;
        this.watcher = base.dir().getFileSystem().newWatchService();
        register(base.dir());
        register(base.dir().resolve("playlists"));
        this.thread = DaemonThreads.thread("config-watcher", this::run);
    }

    public void start() {
        thread.start();
    }

    private void register(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // wait until the files have been quiet for a moment: editors write in steps
                WatchKey more;
                while ((more = watcher.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    reload();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = key.pollEvents().stream()
                .map(e -> String.valueOf(e.context()))
                .anyMatch(name -> name.endsWith(".yaml") || name.endsWith(".yml"));
        key.reset();
        return relevant;
    }

    /** Loads the wall again; hands it on only when it validated. Visible for tests. */
    boolean reload() {
        try {
            WallConfig config = loader.load(base, wallFile);
            PlaylistFiles.Unplayed unplayed = loader.unplayed(config, wallFile);
            unplayed.warnings().forEach(p -> LOG.warn("{}", p));
            unplayed.problems().forEach(p -> LOG.warn("{}", p));
            LOG.info("configuration change taken: {} ({} screens, {} playlists)", base.describe(wallFile),
                    config.screens().size(), config.playlists().size());
            onReload.accept(config);
            return true;
        } catch (ConfigException e) {
            for (ConfigProblem p : e.problems()) {
                LOG.warn("{}", p);
            }
            LOG.warn("configuration change rejected ({} problems above); the last good one keeps playing",
                    e.problems().size());
            return false;
        } catch (RuntimeException e) {
            LOG.error("reloading the configuration failed; the last good one keeps playing", e);
            return false;
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
    }
}
