package org.pulsewall.wall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.pulsewall.config.ScreenConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which {@code screens:} entry plays on which monitor. A monitor is named by its 1-based
 * index in left-to-right, top-to-bottom order, or by a position: left, right, top, bottom, center,
 * primary. Monitors no entry names play the first entry's playlist; entries that name no monitor, or
 * one that is not connected, are logged and left out.
 */
public final class MonitorAssignment {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorAssignment.class);

    /** Left to right, then top to bottom: the order in which monitors are numbered. */
    public static final Comparator<MonitorInfo> READING_ORDER =
            Comparator.comparingDouble(MonitorInfo::x).thenComparingDouble(MonitorInfo::y);

    /** One monitor and what it plays; {@code screen} is null when the wall has no usable screen entry. */
    public record Assigned(MonitorInfo monitor, ScreenConfig screen) {
    }

    private MonitorAssignment() {
    }

    /** One entry per monitor, in reading order. */
    public static List<Assigned> assign(List<ScreenConfig> screens, List<MonitorInfo> monitors) {
        return assign(screens, monitors, Set.of());
    }

    /**
     * One entry per monitor that is not {@code taken} (by a videowall), in reading order; monitors
     * keep the numbers they have among all connected ones.
     */
    public static List<Assigned> assign(List<ScreenConfig> screens, List<MonitorInfo> monitors,
                                        Set<MonitorInfo> taken) {
        List<MonitorInfo> ordered = monitors.stream().sorted(READING_ORDER).toList();
        Map<MonitorInfo, ScreenConfig> named = new LinkedHashMap<>();
        for (ScreenConfig screen : screens) {
            resolve(screen, ordered).filter(monitor -> {
                if (taken.contains(monitor)) {
                    LOG.warn("screens: entry at line {} names {}, which the videowall uses; ignored", screen.line(),
                            monitor);
                }
                return !taken.contains(monitor);
            }).ifPresent(monitor -> {
                ScreenConfig earlier = named.putIfAbsent(monitor, screen);
                if (earlier != null) {
                    LOG.warn("screens: entry at line {} names {}, which line {} already plays; ignored",
                            screen.line(), monitor, earlier.line());
                }
            });
        }
        ScreenConfig fallback = named.values().stream().findFirst().orElse(null);
        List<Assigned> result = new ArrayList<>();
        for (MonitorInfo monitor : ordered) {
            if (taken.contains(monitor)) {
                continue;
            }
            ScreenConfig screen = named.get(monitor);
            if (screen == null) {
                LOG.info("{} has no entry under screens:; it plays {}", monitor,
                        fallback == null ? "an idle slide" : "playlist '" + fallback.playlist() + "'");
                screen = fallback;
            }
            result.add(new Assigned(monitor, screen));
        }
        return List.copyOf(result);
    }

    /** The monitor {@code name} (a number or a position) stands for among {@code monitors}, if connected. */
    public static Optional<MonitorInfo> named(String name, List<MonitorInfo> monitors) {
        List<MonitorInfo> ordered = monitors.stream().sorted(READING_ORDER).toList();
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ordered.isEmpty() || key.isEmpty() ? Optional.empty() : byName(key, ordered);
    }

    /**
     * For each monitor of a new assignment, the monitor of {@code before} whose window it takes over:
     * one with the same bounds, else one with the same number (a resolution change), else none (a new
     * window). Windows of {@code before} that nothing takes over belong to monitors that vanished.
     */
    public static Map<Assigned, MonitorInfo> reuse(List<MonitorInfo> before, List<Assigned> after) {
        Map<Assigned, MonitorInfo> reused = new LinkedHashMap<>();
        List<MonitorInfo> free = new ArrayList<>(before);
        for (Assigned next : after) {
            free.stream().filter(m -> m.sameBounds(next.monitor())).findFirst().ifPresent(m -> {
                reused.put(next, m);
                free.remove(m);
            });
        }
        for (Assigned next : after) {
            if (!reused.containsKey(next)) {
                free.stream().filter(m -> m.index() == next.monitor().index()).findFirst().ifPresent(m -> {
                    reused.put(next, m);
                    free.remove(m);
                });
            }
        }
        return reused;
    }

    /** The monitor a screen entry names, if it names one that is connected. */
    static Optional<MonitorInfo> resolve(ScreenConfig screen, List<MonitorInfo> ordered) {
        String name = screen.monitor() == null ? "" : screen.monitor().trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            LOG.warn("screens: entry at line {} names no monitor; ignored", screen.line());
            return Optional.empty();
        }
        Optional<MonitorInfo> found = ordered.isEmpty() ? Optional.empty() : byName(name, ordered);
        if (found.isEmpty()) {
            LOG.warn("screens: entry at line {} names monitor '{}', which is not connected ({} monitors); ignored",
                    screen.line(), screen.monitor(), ordered.size());
        }
        return found;
    }

    private static Optional<MonitorInfo> byName(String name, List<MonitorInfo> ordered) {
        switch (name) {
            case "left":
                return Optional.of(ordered.get(0));
            case "right":
                return extreme(ordered, m -> m.x() + m.width(), true);
            case "top":
                return extreme(ordered, MonitorInfo::y, false);
            case "bottom":
                return extreme(ordered, m -> m.y() + m.height(), true);
            case "center":
            case "centre":
                return closestToCenter(ordered);
            case "primary":
                return Optional.of(ordered.stream().filter(MonitorInfo::primary).findFirst().orElse(ordered.get(0)));
            default:
                return byIndex(name, ordered);
        }
    }

    /**
     * By the monitors' own numbers when they carry them (they keep them while a neighbour is off,
     * see {@link MonitorNumbers}), else by position in reading order.
     */
    private static Optional<MonitorInfo> byIndex(String name, List<MonitorInfo> ordered) {
        int index;
        try {
            index = Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean numbered = ordered.stream().allMatch(m -> m.index() > 0)
                && ordered.stream().map(MonitorInfo::index).distinct().count() == ordered.size();
        if (numbered) {
            return ordered.stream().filter(m -> m.index() == index).findFirst();
        }
        return index >= 1 && index <= ordered.size() ? Optional.of(ordered.get(index - 1)) : Optional.empty();
    }

    /** The first monitor in reading order with the smallest (or largest) value; ties go to the first. */
    private static Optional<MonitorInfo> extreme(List<MonitorInfo> ordered, ToDoubleFunction<MonitorInfo> key,
                                                 boolean largest) {
        MonitorInfo best = ordered.get(0);
        for (MonitorInfo m : ordered) {
            double diff = key.applyAsDouble(m) - key.applyAsDouble(best);
            if (largest ? diff > 0 : diff < 0) {
                best = m;
            }
        }
        return Optional.of(best);
    }

    private static Optional<MonitorInfo> closestToCenter(List<MonitorInfo> ordered) {
        double minX = ordered.stream().mapToDouble(MonitorInfo::x).min().orElse(0);
        double maxX = ordered.stream().mapToDouble(m -> m.x() + m.width()).max().orElse(0);
        double minY = ordered.stream().mapToDouble(MonitorInfo::y).min().orElse(0);
        double maxY = ordered.stream().mapToDouble(m -> m.y() + m.height()).max().orElse(0);
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return ordered.stream().min(Comparator.comparingDouble(
                m -> Math.hypot(m.centerX() - cx, m.centerY() - cy)));
    }

    /** The monitors JavaFX sees now, numbered in reading order. Call on the FX thread. */
    public static List<MonitorInfo> fromJavaFx() {
        Screen primary = Screen.getPrimary();
        List<Screen> screens = Screen.getScreens().stream()
                .sorted(Comparator.comparingDouble((Screen s) -> s.getBounds().getMinX())
                        .thenComparingDouble(s -> s.getBounds().getMinY()))
                .toList();
        List<MonitorInfo> result = new ArrayList<>();
        for (Screen screen : screens) {
            Rectangle2D b = screen.getBounds();
            result.add(new MonitorInfo(result.size() + 1, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(),
                    screen.getOutputScaleX(), screen.equals(primary)));
        }
        return List.copyOf(result);
    }
}
