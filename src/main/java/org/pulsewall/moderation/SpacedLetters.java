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
        int tokenLetters = 0;
        int tokenFrom = 0;
        boolean tokenCjk = false;
        int runLength = 0;
        int runFrom = 0;
        int runTo = 0;
        boolean runCjk = true;
        for (int u = 0; u <= units; u++) {
            byte type = u < units ? unitType[u] : Skeleton.GAP_HARD;
            if (type == Skeleton.GAP_SPACE || type == Skeleton.GAP_HARD) {
                if (tokenLetters == 1) {
                    if (runLength++ == 0) {
                        runFrom = tokenFrom;
                        runCjk = false;
                    }
                    runCjk |= tokenCjk;
                    runTo = u;
                } else if (tokenLetters > 1) {
                    joinRun(unitType, runFrom, runTo, runLength, runCjk);
                    runLength = 0;
                }
                if (type == Skeleton.GAP_HARD) {
                    joinRun(unitType, runFrom, runTo, runLength, runCjk);
                    runLength = 0;
                }
                tokenLetters = 0;
                tokenFrom = u + 1;
            } else if (type == Skeleton.LETTER && (unitFlags[u] & Skeleton.CONTINUATION) == 0) {
                if (tokenLetters > 0 && Skeleton.isCjkChar(unitChar[u]) != tokenCjk) {
                    // "客服c n m", "m l g b，又": where Chinese meets Latin letters a new token starts, space or not
                    if (tokenLetters == 1) {
                        if (runLength++ == 0) {
                            runFrom = tokenFrom;
                            runCjk = false;
                        }
                        runCjk |= tokenCjk;
                        runTo = u;
                    } else {
                        joinRun(unitType, runFrom, runTo, runLength, runCjk);
                        runLength = 0;
                    }
                    tokenLetters = 0;
                    tokenFrom = u;
                }
                tokenLetters++;
                tokenCjk = Skeleton.isCjkChar(unitChar[u]);
            }
        }
    }

    private static void joinRun(byte[] unitType, int from, int to, int tokens, boolean cjk) {
        if (tokens < (cjk ? Skeleton.SPACED_CJK_TO_JOIN : Skeleton.SPACED_LETTERS_TO_JOIN)) {
            return;
        }
        for (int k = from; k < to; k++) {
            if (unitType[k] == Skeleton.GAP_SPACE) {
                unitType[k] = Skeleton.GAP_JOINED;
            }
        }
    }
}
