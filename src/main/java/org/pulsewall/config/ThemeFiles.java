package org.pulsewall.config;

import java.net.URL;
import java.util.Optional;

/**
 * Where a theme's stylesheet is: {@code themes/NAME.css} beside the wall, else the one the player
 * bundles, so that a wall.yaml written from the README plays without copying themes/.
 */
public final class ThemeFiles {
    private static final ConfigBase BUNDLED = WallConfigLoader.demoBase();

    private ThemeFiles() {
    }

    public static String relative(String theme) {
        return "themes/" + theme + ".css";
    }

    /** The wall's own file, else the bundled one; empty when neither has the theme. */
    public static Optional<URL> url(ConfigBase base, String theme) {
        Optional<URL> own = base.url(relative(theme));
        return own.isPresent() ? own : BUNDLED.url(relative(theme));
    }

    /** The file {@link #url} takes, as messages name it ({@code themes/brand.css}, {@code demo:themes/brand.css}). */
    public static String describe(ConfigBase base, String theme) {
        return base.url(relative(theme)).isPresent() || BUNDLED.url(relative(theme)).isEmpty()
                ? base.describe(relative(theme)) : BUNDLED.describe(relative(theme)) + " (bundled)";
    }

    /** Whether the wall has no file of its own for the theme and plays the bundled one. */
    public static boolean bundled(ConfigBase base, String theme) {
        return base.url(relative(theme)).isEmpty() && BUNDLED.url(relative(theme)).isPresent();
    }
}
