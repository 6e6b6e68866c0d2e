package org.pulsewall.moderation;

/**
 * Joins letters typed apart ({@code f u c k}, {@code 傻 B}, {@code 客服c n m}) in the units of a
 * {@link Skeleton}: the spaces of such a run become joined gaps, so the skeleton reads one word.
 */
final class SpacedLetters {
    private SpacedLetters() {
    }

    /**
     * {@code f u c k}: three or more single letters in a row (two where one is a Chinese character:
     * 傻 B), separated by spaces, read as one word.
     */
    static void join(byte[] unitType, byte[] unitFlags, char[] unitChar, int units) {
        Run run = new Run(unitType);
        int tokenLetters = 0;
        int tokenFrom = 0;
        boolean tokenCjk = false;
        for (int u = 0; u <= units; u++) {
            byte type = u < units ? unitType[u] : Skeleton.GAP_HARD;
            if (type == Skeleton.GAP_SPACE || type == Skeleton.GAP_HARD) {
                run.endToken(tokenLetters, tokenFrom, tokenCjk, u);
                if (type == Skeleton.GAP_HARD) {
                    run.join();
                }
                tokenLetters = 0;
                tokenFrom = u + 1;
            } else if (type == Skeleton.LETTER && (unitFlags[u] & Skeleton.CONTINUATION) == 0) {
                if (tokenLetters > 0 && Skeleton.isCjkChar(unitChar[u]) != tokenCjk) {
                    // "客服c n m", "m l g b，又": where Chinese meets Latin letters a new token starts, space or not
                    run.endToken(tokenLetters, tokenFrom, tokenCjk, u);
                    tokenLetters = 0;
                    tokenFrom = u;
                }
                tokenLetters++;
                tokenCjk = Skeleton.isCjkChar(unitChar[u]);
            }
        }
    }

    /** The run of single-letter tokens gathered so far, from its first unit up to (not with) {@code to}. */
    private static final class Run {
        private final byte[] unitType;
        private int tokens;
        private int from;
        private int to;
        private boolean cjk;

        Run(byte[] unitType) {
            this.unitType = unitType;
        }

        /** A token of {@code letters} letters ends at unit {@code u}: one letter extends the run, a word ends it. */
        void endToken(int letters, int tokenFrom, boolean tokenCjk, int u) {
            if (letters == 1) {
                if (tokens++ == 0) {
                    from = tokenFrom;
                    cjk = false;
                }
                cjk |= tokenCjk;
                to = u;
            } else if (letters > 1) {
                join();
            }
        }

        /** Joins the spaces of the run when it is long enough, and starts a new one. */
        void join() {
            if (tokens >= (cjk ? Skeleton.SPACED_CJK_TO_JOIN : Skeleton.SPACED_LETTERS_TO_JOIN)) {
                for (int k = from; k < to; k++) {
                    if (unitType[k] == Skeleton.GAP_SPACE) {
                        unitType[k] = Skeleton.GAP_JOINED;
                    }
                }
            }
            tokens = 0;
        }
    }
}
