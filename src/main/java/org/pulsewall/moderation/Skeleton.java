package org.pulsewall.moderation;

import java.util.Arrays;

/**
 * The letters a reader sees in a text, with an index map back to the original characters.
 * Lower case, diacritics and homoglyphs folded, leetspeak read as letters, zero-width
 * characters dropped, punctuation inside a word ({@code f.u.c.k}, {@code k-u-t}) and the
 * spaces between single letters ({@code f u c k}) removed. Word starts are kept as boundary
 * flags so that compound and whole-word rules still apply.
 *
 * <p>One instance is scratch space for one thread: it is reused for every text and grows
 * only when a longer text arrives, so the hot path allocates nothing.
 */
final class Skeleton {
    /** A {@code *} inside a word: stands for any one letter ({@code f*ck}). */
    static final char WILDCARD = '\u0001';

    static final byte LETTER = 1;
    private static final byte LEET = 2;
    private static final byte LEET_INTERIOR = 3;
    private static final byte STAR = 4;
    static final byte GAP_SPACE = 5;
    private static final byte GAP_PUNCT = 6;
    static final byte GAP_JOINED = 7;
    /** A URL or an @handle: never part of a word, never masked. */
    static final byte GAP_HARD = 8;
    static final int SPACED_LETTERS_TO_JOIN = 3;
    /** A word (or compound part) starts at this unit: camel case, acronym end, script change. */
    static final byte BREAK = 1;
    /** The low surrogate of a character outside the BMP: never a word start of its own. */
    static final byte CONTINUATION = 2;
    /** The unit has a second leetspeak reading in unitAlt. */
    private static final byte HAS_ALT = 4;
    /** Chinese characters spaced apart (傻 逼): two are already a word. */
    static final int SPACED_CJK_TO_JOIN = 2;

    private char[] source = new char[0];
    private int sourceLength;
    private char[] unitChar = new char[0];
    private char[] unitAlt = new char[0];
    private byte[] unitType = new byte[0];
    private int[] unitStart = new int[0];
    private int[] unitEnd = new int[0];
    /** BREAK, CONTINUATION and HAS_ALT bits per unit. */
    private byte[] unitFlags = new byte[0];
    private int units;
    /** Cheap gates for the passes most texts do not need. */
    private boolean sawLeetOrStar;
    private int singleLetterTokens;
    private int lettersInToken;

    char[] chars = new char[0];
    /** Second leetspeak reading per position (1 as l); only filled when {@link #hasAlts}. */
    char[] alts = new char[0];
    boolean hasAlts;
    int[] origStart = new int[0];
    int[] origEnd = new int[0];
    boolean[] wordStart = new boolean[0];
    int length;

    /** Whether the text holds Chinese script (some Latin abbreviations only count then). */
    boolean hasCjk;

    int[] hitStart = new int[16];
    int[] hitEnd = new int[16];
    /** The list entry behind each hit, for explanations. */
    WordEntry[] hitEntry = new WordEntry[16];
    int hits;
    int[] allowStart = new int[16];
    int[] allowEnd = new int[16];
    /** Whether each allowed span cancels every hit it overlaps (the operator's words) or only hits inside it. */
    boolean[] allowStrong = new boolean[16];
    int allows;

    /** Builds the skeleton of {@code text}; URLs and @handles are left out. */
    void build(String text) {
        ensureCapacity(text.length() * 2 + 4);
        units = 0;
        hits = 0;
        allows = 0;
        sawLeetOrStar = false;
        hasAlts = false;
        hasCjk = false;
        singleLetterTokens = 0;
        lettersInToken = 0;
        readUnits(text);
        countToken();
        if (sawLeetOrStar) {
            resolveRuns();
        }
        if (singleLetterTokens >= SPACED_CJK_TO_JOIN || (hasCjk && singleLetterTokens > 0)) {
            SpacedLetters.join(unitType, unitFlags, unitChar, units);
        }
        emit();
    }

    /**
     * Whether the word at skeleton index {@code start} is written as a name (upper-case letter, then
     * lower case) after another word of its sentence, as in "no signal in Cumming".
     */
    boolean isCapitalizedInSentence(int start) {
        int o = origStart[start];
        if (o + 1 >= sourceLength || !Character.isUpperCase(source[o]) || !Character.isLowerCase(source[o + 1])) {
            return false;
        }
        int before = o - 1;
        while (before >= 0 && Character.isWhitespace(source[before])) {
            before--;
        }
        return before >= 0 && before < o - 1 && ".!?:#@".indexOf(source[before]) < 0;
    }

    /** Whether a match ending before index {@code end} ends a word (or a part of a compound). */
    boolean isWordEnd(int end) {
        return end >= length || chars[end] == ' ' || wordStart[end];
    }

    void addHit(int start, int end, WordEntry entry) {
        if (hits > 0 && hitStart[hits - 1] == start) {
            if (end > hitEnd[hits - 1]) {
                hitEnd[hits - 1] = end;
                hitEntry[hits - 1] = entry;
            }
            return;
        }
        if (hits == hitStart.length) {
            hitStart = Arrays.copyOf(hitStart, hits * 2);
            hitEnd = Arrays.copyOf(hitEnd, hits * 2);
            hitEntry = Arrays.copyOf(hitEntry, hits * 2);
        }
        hitStart[hits] = start;
        hitEntry[hits] = entry;
        hitEnd[hits++] = end;
    }

    void addAllow(int start, int end, boolean strong) {
        if (allows == allowStart.length) {
            allowStart = Arrays.copyOf(allowStart, allows * 2);
            allowEnd = Arrays.copyOf(allowEnd, allows * 2);
            allowStrong = Arrays.copyOf(allowStrong, allows * 2);
        }
        allowStart[allows] = start;
        allowStrong[allows] = strong;
        allowEnd[allows++] = end;
    }

    private void readUnits(String text) {
        int n = text.length();
        final char[] src = source;
        text.getChars(0, n, src, 0);
        sourceLength = n;
        boolean prevLower = false;
        boolean prevUpper = false;
        boolean prevCjk = false;
        int upperRun = 0;
        int i = 0;
        while (i < n) {
            char c = src[i];
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src[i + 1])) {
                int cp = text.codePointAt(i);
                if (CharFolding.isIgnorableCodePoint(cp)) {
                    extendPrevious(i + 2);
                } else {
                    prevCjk = readSupplementary(text, cp, i, prevCjk);
                }
                prevLower = prevUpper = false;
                upperRun = 0;
                i += 2;
                continue;
            }
            byte info = CharFolding.info(c);
            int linkEnd = (info & CharFolding.MAY_START_LINK) != 0 ? LinkSpans.end(text, i) : i;
            if (linkEnd < 0) {
                addGap(GAP_PUNCT, i, i + 1);
                i++;
                prevLower = prevUpper = prevCjk = false;
                upperRun = 0;
                continue;
            }
            if (linkEnd > i) {
                addUnit(GAP_HARD, ' ', i, linkEnd);
                i = linkEnd;
                prevLower = prevUpper = prevCjk = false;
                upperRun = 0;
                continue;
            }
            int cls = info & CharFolding.CLASS_MASK;
            if (cls == CharFolding.LETTER || cls == CharFolding.CJK) {
                boolean upper = (info & CharFolding.UPPER) != 0;
                boolean cjk = cls == CharFolding.CJK;
                boolean lower = (info & CharFolding.LOWER) != 0;
                boolean camel = upper && (prevLower || (prevUpper && i + 1 < n
                        && (CharFolding.info(src[i + 1]) & CharFolding.LOWER) != 0));
                // "KPNkanker": an acronym glued to a lower-case word
                boolean afterAcronym = lower && prevUpper && upperRun >= 2;
                upperRun = upper ? upperRun + 1 : 0;
                hasCjk |= cjk;
                addLetter(c, i, camel || afterAcronym || cjk || prevCjk);
                prevUpper = upper;
                prevLower = lower;
                prevCjk = cjk;
            } else if (cls == CharFolding.SKIP) {
                extendPrevious(i + 1);
            } else {
                readNonLetter(cls, CharFolding.single(c), i);
                // "客服7md": leetspeak glued to Chinese starts a word like a Latin letter would
                setBreak(prevCjk && (cls == CharFolding.LEET || cls == CharFolding.LEET_INTERIOR));
                prevLower = prevUpper = prevCjk = false;
                upperRun = 0;
            }
            i++;
        }
    }

    /** Zero-width characters and combining marks belong to the letter before them. */
    private void extendPrevious(int end) {
        if (units > 0 && unitType[units - 1] != GAP_HARD) {
            unitEnd[units - 1] = end;
        }
    }

    private void addLetter(char c, int i, boolean wordBreak) {
        String multi = CharFolding.multi(c);
        if (multi == null) {
            addUnit(LETTER, CharFolding.single(c), i, i + 1);
            setBreak(wordBreak);
            return;
        }
        for (int k = 0; k < multi.length(); k++) {
            addUnit(LETTER, multi.charAt(k), i, i + 1);
            setBreak(wordBreak && k == 0);
        }
    }

    private void readNonLetter(int cls, char f, int i) {
        if (cls == CharFolding.LEET || cls == CharFolding.LEET_INTERIOR) {
            addUnit(cls == CharFolding.LEET ? LEET : LEET_INTERIOR, CharFolding.leetPrimary(f), i, i + 1);
            char alt = CharFolding.leetAlternative(f);
            if (alt != 0) {
                unitAlt[units - 1] = alt;
                unitFlags[units - 1] |= HAS_ALT;
                hasAlts = true;
            }
        } else if (cls == CharFolding.STAR) {
            addUnit(STAR, WILDCARD, i, i + 1);
        } else if (cls == CharFolding.SPACE) {
            addGap(GAP_SPACE, i, i + 1);
        } else {
            addGap(GAP_PUNCT, i, i + 1);
        }
    }

    /** Letters beyond the BMP: mathematical alphabets fold to ASCII, CJK extensions and emoji stay as they are. */
    private boolean readSupplementary(String text, int cp, int i, boolean prevCjk) {
        if (cp >= 0x1D400 && cp <= 0x1D7FF) {
            String folded = CharFolding.fold(new String(Character.toChars(cp)));
            if (folded.length() == 1 && Character.isLetter(folded.charAt(0))) {
                addUnit(LETTER, folded.charAt(0), i, i + 2);
                setBreak(prevCjk);
                return false;
            }
        }
        if (Character.isLetter(cp) || Character.getType(cp) == Character.OTHER_SYMBOL) {
            addUnit(LETTER, text.charAt(i), i, i + 2);
            setBreak(true);
            addUnit(LETTER, text.charAt(i + 1), i, i + 2);
            unitFlags[units - 1] |= CONTINUATION;
            lettersInToken--;
            return true;
        }
        addGap(GAP_PUNCT, i, i + 2);
        return false;
    }

    private void setBreak(boolean wordBreak) {
        if (wordBreak) {
            unitFlags[units - 1] |= BREAK;
        }
    }

    private void addUnit(byte type, char c, int start, int end) {
        if (type == GAP_HARD) {
            countToken();
        } else if (type < STAR) {
            lettersInToken++;
            sawLeetOrStar |= type != LETTER;
        } else if (type == STAR) {
            sawLeetOrStar = true;
        }
        unitType[units] = type;
        unitChar[units] = c;
        unitStart[units] = start;
        unitEnd[units] = end;
        unitFlags[units] = 0;
        units++;
    }

    private void countToken() {
        if (lettersInToken == 1) {
            singleLetterTokens++;
        }
        lettersInToken = 0;
    }

    private void addGap(byte type, int start, int end) {
        if (type == GAP_SPACE) {
            countToken();
        }
        if (units > 0 && (unitType[units - 1] == GAP_SPACE || unitType[units - 1] == GAP_PUNCT)) {
            if (type == GAP_SPACE) {
                unitType[units - 1] = GAP_SPACE;
            }
            unitEnd[units - 1] = end;
            return;
        }
        addUnit(type, ' ', start, end);
    }

    private static boolean isGap(byte type) {
        return type >= GAP_SPACE;
    }

    /** Decides, per run of word characters, which leet symbols and stars are letters. */
    private void resolveRuns() {
        int u = 0;
        while (u < units) {
            if (isGap(unitType[u])) {
                u++;
                continue;
            }
            int end = u;
            boolean hasLetter = false;
            boolean hasOther = false;
            while (end < units && !isGap(unitType[end])) {
                boolean letter = unitType[end] == LETTER;
                hasLetter |= letter;
                hasOther |= !letter;
                end++;
            }
            if (hasOther) {
                resolveRun(u, end, hasLetter);
            }
            u = end;
        }
    }

    private void resolveRun(int from, int to, boolean hasLetter) {
        int a = from;
        int b = to;
        if (hasLetter) {
            while (a < b && (unitType[a] == LEET_INTERIOR || unitType[a] == STAR)) {
                unitType[a++] = GAP_PUNCT;
            }
            while (b > a && (unitType[b - 1] == LEET_INTERIOR || unitType[b - 1] == STAR)) {
                unitType[--b] = GAP_PUNCT;
            }
        }
        for (int k = a; k < b; k++) {
            unitType[k] = hasLetter ? LETTER : GAP_PUNCT;
        }
    }

    private boolean isCjkUnit(int u) {
        return isCjkChar(unitChar[u]);
    }

    /**
     * Chinese has no spaces between words: a space between two Chinese characters ({@code 傻 逼}),
     * or between one and a lone Latin letter ({@code 傻 B}), is not a word break.
     */
    private boolean joinsChinese(int u, int n) {
        boolean prevCjk = isCjkChar(chars[n - 1]);
        boolean curCjk = isCjkUnit(u);
        if (prevCjk && curCjk) {
            return true;
        }
        if (prevCjk) {
            return u + 1 >= units || unitType[u + 1] >= GAP_SPACE || isCjkUnit(u + 1);
        }
        return curCjk && (n == 1 || chars[n - 2] == ' ' || isCjkChar(chars[n - 2]));
    }

    /** Whether a folded character is Chinese script (or outside the BMP, where CJK extensions live). */
    static boolean isCjkChar(char c) {
        return Character.isSurrogate(c) || (CharFolding.info(c) & CharFolding.CLASS_MASK) == CharFolding.CJK;
    }


    private void emit() {
        int n = 0;
        boolean pendingSoft = false;
        int spaceUnit = -1;
        for (int u = 0; u < units; u++) {
            byte type = unitType[u];
            if (type == GAP_SPACE || type == GAP_HARD) {
                spaceUnit = u;
            } else if (type == GAP_PUNCT || type == GAP_JOINED) {
                pendingSoft = true;
            } else {
                if (spaceUnit >= 0 && n > 0 && hasCjk && joinsChinese(u, n)) {
                    // the space goes, the word start stays (中国移动 cnm)
                    pendingSoft = true;
                } else if (spaceUnit >= 0 && n > 0) {
                    if (hasAlts) {
                        alts[n] = 0;
                    }
                    put(n++, ' ', unitStart[spaceUnit], unitEnd[spaceUnit], false);
                }
                byte flags = unitFlags[u];
                boolean start = (flags & CONTINUATION) == 0
                        && (n == 0 || chars[n - 1] == ' ' || pendingSoft || (flags & BREAK) != 0);
                if (hasAlts) {
                    alts[n] = (flags & HAS_ALT) != 0 ? unitAlt[u] : 0;
                }
                put(n++, unitChar[u], unitStart[u], unitEnd[u], start);
                pendingSoft = false;
                spaceUnit = -1;
            }
        }
        length = n;
    }

    private void put(int at, char c, int start, int end, boolean isWordStart) {
        chars[at] = c;
        origStart[at] = start;
        origEnd[at] = end;
        wordStart[at] = isWordStart;
    }

    private void ensureCapacity(int capacity) {
        if (unitChar.length >= capacity) {
            return;
        }
        source = new char[capacity];
        unitChar = new char[capacity];
        unitAlt = new char[capacity];
        unitType = new byte[capacity];
        unitStart = new int[capacity];
        unitEnd = new int[capacity];
        unitFlags = new byte[capacity];
        chars = new char[capacity];
        alts = new char[capacity];
        origStart = new int[capacity];
        origEnd = new int[capacity];
        wordStart = new boolean[capacity];
    }
}
