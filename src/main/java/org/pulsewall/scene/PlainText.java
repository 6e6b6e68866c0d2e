package org.pulsewall.scene;

/**
 * Untrusted text made safe to put in a Label: control and bidi-override characters removed,
 * whitespace collapsed to single spaces and the length capped (by code points, with an ellipsis).
 */
public final class PlainText {
    public static final int MENTION_MAX = 280;
    public static final int AUTHOR_MAX = 40;

    private PlainText() {
    }

    public static String clean(String raw, int maxCodePoints) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 4 * maxCodePoints + 4));
        int kept = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = kept > 0;
            } else if (!isInvisibleControl(cp)) {
                int needed = pendingSpace ? 2 : 1;
                if (kept + needed > maxCodePoints) {
                    return out.append('…').toString();
                }
                if (pendingSpace) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                kept += needed;
                pendingSpace = false;
            }
        }
        return out.toString();
    }

    /** Controls, format characters such as bidi overrides/isolates and zero-width marks, surrogates, private use. */
    static boolean isInvisibleControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }
}
