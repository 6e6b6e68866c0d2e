package org.pulsewall.wall;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ThemeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme stylesheets of a wall's windows: where each theme is, and a watcher that reloads a
 * window's theme when its file is edited. FX thread.
 */
final class WallThemes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WallThemes.class);
    static final String DEFAULT_THEME = "default";

    private ConfigBase base;
    private ThemeWatcher watcher;

    WallThemes(ConfigBase base) {
        this.base = base;
    }

    void use(ConfigBase newBase) {
        base = newBase;
    }

    static String nameOr(String theme) {
        return theme == null || theme.isBlank() ? DEFAULT_THEME : theme;
    }

    Optional<URL> url(String theme) {
        Optional<URL> url = ThemeFiles.url(base, theme);
        if (url.isEmpty()) {
            LOG.warn("theme '{}' not found ({}); screen is unstyled", theme, base.describe(file(theme)));
        } else if (ThemeFiles.bundled(base, theme)) {
            LOG.info("theme '{}': {}, as the wall has no {}", theme, ThemeFiles.describe(base, theme), file(theme));
        } else {
            LOG.debug("theme '{}': {}", theme, ThemeFiles.describe(base, theme));
        }
        return url;
    }

    Optional<Path> path(String theme) {
        return base.path(file(theme));
    }

    /** Watches {@code files}; a new call replaces the previous watcher. */
    void watch(List<Path> files, Consumer<Set<Path>> onChange) {
        close();
        watcher = ThemeWatcher.start(files, onChange);
    }

    private static String file(String theme) {
        return "themes/" + theme + ".css";
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
