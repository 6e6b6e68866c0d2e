package org.pulsewall.legibility;

/**
 * One text as the screen shows it, read from the scene graph.
 *
 * @param shown what is drawn (with an ellipsis when it was cut)
 * @param meant what the scene asked for
 * @param bounds where it lies, in screen pixels
 * @param visible the part of {@code bounds} its clipping parents let through (empty when hidden)
 * @param fontPx its font size in screen pixels
 * @param fill its colour as ARGB
 * @param layer content, ticker strip or alert banner
 * @param key a title or a figure: must never be cut
 * @param undrawable the characters its font cannot draw, empty when all can be drawn
 */
public record ShownText(String shown, String meant, Box bounds, Box visible, double fontPx, int fill, Layer layer,
                        boolean key, String undrawable) {

    /** The parts of a screen that lie on top of each other. */
    public enum Layer {
        CONTENT("content"), TICKER("ticker"), BANNER("alert banner");

        private final String label;

        Layer(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The text for a message: short, quoted. */
    public String quoted() {
        String text = shown.strip().replaceAll("\\s+", " ");
        return "'" + (text.codePointCount(0, text.length()) > 40 ? text.substring(0, text.offsetByCodePoints(0, 39))
                + "…" : text) + "'";
    }
}
