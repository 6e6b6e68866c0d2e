package org.pulsewall.legibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What is wrong with a screen as laid out: the texts it shows, the strips on top of its content
 * (ticker, alert banner) and the pixels behind each text. Pure: the scene graph walk that collects
 * them lives with the scenes.
 *
 * @param screen the screen, in pixels
 * @param minFontPx the smallest legible font size ({@link Legibility#minFontPx})
 * @param legibleFrom how the minimum came about, for messages ("3 m on a 55\" screen")
 */
public record LayoutRules(Box screen, double minFontPx, String legibleFrom) {
    /** Rounding of layout and anti-aliasing: overlaps and overhangs smaller than this are not faults. */
    static final double SLACK_PX = 2;
    /** Two lines overlap when they share more than this share of the lower one's height. */
    static final double OVERLAP_SHARE = 0.25;
    /** Font sizes are compared rounded to whole pixels. */
    private static final double ROUNDING_PX = 0.5;

    /** Where the pixels behind a text come from (the screen rendered without its texts). */
    @FunctionalInterface
    public interface Backdrop {
        int[] behind(Box box);
    }

    /**
     * The problems, one line each, in the order: per text (cut, off screen, size, contrast,
     * characters), then overlaps. Identical lines are given once.
     *
     * @param strips the ticker strip and the banner, where content must not go
     * @param others content nodes other than text (images, panels), by description, for the off-screen
     *               and under-a-strip rules
     */
    public List<String> check(List<ShownText> texts, Map<ShownText.Layer, Box> strips, Map<String, Box> others,
                              Backdrop backdrop) {
        Set<String> problems = new LinkedHashSet<>();
        List<ShownText> shown = texts.stream().filter(t -> !t.visible().isEmpty() && !t.shown().isBlank()).toList();
        for (ShownText t : shown) {
            perText(t, backdrop, problems);
        }
        tooSmall(shown, problems);
        undrawable(shown, problems);
        others.forEach((what, box) -> {
            if (!box.isEmpty() && !screen.contains(box, SLACK_PX)) {
                problems.add(what + " reaches outside the screen (" + box + " on " + screen + ")");
            }
            Box ticker = strips.get(ShownText.Layer.TICKER);
            // the banner lies over the top of every scene by design: only texts under it count
            if (ticker != null && !box.contains(ticker, SLACK_PX) && opaqueOverlap(box, ticker)) {
                problems.add(what + " runs under the ticker (" + box + ")");
            }
        });
        overlaps(shown, strips, problems);
        return new ArrayList<>(problems);
    }

    private void perText(ShownText t, Backdrop backdrop, Set<String> problems) {
        if (t.key() && !t.shown().equals(t.meant())) {
            problems.add("text cut to " + t.quoted() + " (meant '" + clip(t.meant()) + "')");
        } else if (t.layer() != ShownText.Layer.TICKER && !t.visible().contains(t.bounds(), SLACK_PX)) {
            problems.add("text clipped: " + t.quoted() + " shows " + t.visible() + " of " + t.bounds());
        }
        if (!screen.contains(t.visible(), SLACK_PX)) {
            problems.add("text outside the screen: " + t.quoted() + " at " + t.visible());
        }
        double ratio = Contrast.againstBackground(t.fill(), backdrop.behind(t.visible()));
        if (ratio < Contrast.AA) {
            problems.add(String.format(Locale.ROOT, "contrast %.1f:1 (under %.1f:1) for %s in #%06x", ratio,
                    Contrast.AA, t.quoted(), t.fill() & 0xffffff));
        }
    }

    /** One line per font size under the minimum, naming a few of its texts: a scene repeats its sizes. */
    private void tooSmall(List<ShownText> shown, Set<String> problems) {
        Map<Long, List<String>> bySize = new TreeMap<>();
        for (ShownText t : shown) {
            if (t.fontPx() + ROUNDING_PX < minFontPx) {
                bySize.computeIfAbsent(Math.round(t.fontPx()), k -> new ArrayList<>()).add(t.quoted());
            }
        }
        bySize.forEach((px, quoted) -> {
            problems.add(String.format(Locale.ROOT, "text too small: %s at %d px, legible from %s needs %.0f px",
                    named(quoted.stream().distinct().toList()), px, legibleFrom, Math.ceil(minFontPx)));
        });
    }

    /** One line for the characters no font draws, however many texts hold them. */
    private static void undrawable(List<ShownText> shown, Set<String> problems) {
        List<ShownText> with = shown.stream().filter(t -> !t.undrawable().isEmpty()).toList();
        if (!with.isEmpty()) {
            StringBuilder chars = new StringBuilder();
            with.forEach(t -> chars.append(t.undrawable()));
            problems.add("font cannot draw " + codePoints(chars.toString()) + " in " + named(with.stream()
                    .map(ShownText::quoted).distinct().toList()));
        }
    }

    private static String named(List<String> quoted) {
        return String.join(", ", quoted.subList(0, Math.min(3, quoted.size())))
                + (quoted.size() > 3 ? " and " + (quoted.size() - 3) + " more" : "");
    }

    private void overlaps(List<ShownText> shown, Map<ShownText.Layer, Box> strips, Set<String> problems) {
        for (int i = 0; i < shown.size(); i++) {
            ShownText a = shown.get(i);
            for (int j = i + 1; j < shown.size(); j++) {
                ShownText b = shown.get(j);
                if (overlap(a.visible(), b.visible())) {
                    problems.add("text " + a.quoted() + " overlaps " + b.quoted());
                }
            }
            if (a.layer() == ShownText.Layer.CONTENT) {
                strips.forEach((layer, strip) -> {
                    if (opaqueOverlap(a.visible(), strip)) {
                        problems.add("text " + a.quoted() + " lies under the " + layer);
                    }
                });
            }
        }
    }

    /** Whether a box goes under a strip (ticker, banner: opaque) by more than rounding. */
    static boolean opaqueOverlap(Box box, Box strip) {
        Box under = box.intersection(strip);
        return under.width() > SLACK_PX && under.height() > SLACK_PX;
    }

    /** Whether two boxes share more than rounding: a few pixels across and a good part of a line. */
    static boolean overlap(Box a, Box b) {
        Box both = a.intersection(b);
        double lower = Math.min(a.height(), b.height());
        return both.width() > SLACK_PX && both.height() > Math.max(SLACK_PX, OVERLAP_SHARE * lower);
    }

    private static String clip(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) > 60 ? flat.substring(0, flat.offsetByCodePoints(0, 59)) + "…" : flat;
    }

    private static String codePoints(String chars) {
        StringBuilder out = new StringBuilder();
        chars.codePoints().distinct().limit(8).forEach(cp -> out.append(out.length() == 0 ? "" : " ")
                .append(new String(Character.toChars(cp))).append(String.format(Locale.ROOT, " (U+%04X)", cp)));
        long more = chars.codePoints().distinct().count() - 8;
        return more > 0 ? out + " and " + more + " more" : out.toString();
    }
}
