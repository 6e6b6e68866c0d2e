package org.pulsewall.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionFormatException;
import org.pulsewall.feed.TextSanitizer;

/**
 * Mentions written to hurt: markup and script, bidi overrides, zalgo, 100 kB texts, nulls and wrong
 * types in every field, impossible and far-future dates, deep nesting. Each line is either parsed
 * into a mention that is safe to show or rejected with a reason; nothing else may come out.
 */
class HostileMentionsTest {
    static final String OK_TIME = "2026-11-23T10:00:00Z";
    static final List<String> FIELDS = List.of("id", "time", "text", "source", "author", "lang", "sentiment", "url",
            "geo", "postcode", "place", "reach", "likes", "shares", "replies", "replyTo");
    static final List<String> WRONG_VALUES = List.of("null", "42", "-1e308", "true", "[]", "[1,[2]]", "{}",
            "{\"a\":{\"b\":1}}", "\"\"", "\"\\u0000\\u202e\"", "\"" + "x".repeat(100_000) + "\"", "1e999");

    /** Hostile lines with valid required fields: each must be accepted, and safely. */
    static List<String> hostileButValid() {
        String zalgo = zalgo("Storing in Den Burg", 60);
        return List.of(
                line("html", "<script>alert(1)</script><img src=x onerror=alert(2)><b>vet</b> &amp; &#x202e;"),
                line("bidi", "\u202Egnp.exe \u2066isolated\u2069 \u202Bembedded\u202C \u200Fmark"),
                line("zalgo", zalgo),
                line("long", "lang ".repeat(20_000)),
                line("controls", "bell\u0007 esc\u001b[31m red nul\u0000 del\u007f c1\u0085 cr\r\nlf"),
                line("surrogate", "lone \uD800 high and \uDC00 low"),
                line("emoji", "👨‍👩‍👧‍👦 🏳️‍🌈 family and flag"),
                "{\"id\":\"author-html\",\"time\":\"" + OK_TIME + "\",\"text\":\"t\",\"author\":\"<b>@x</b>\u202E\","
                        + "\"place\":\"" + "p".repeat(5000) + "\",\"url\":\"javascript:alert(1)\"}",
                "{\"id\":\"future\",\"time\":\"9999-12-31T23:59:59Z\",\"text\":\"from the far future\"}",
                "{\"id\":\"past\",\"time\":\"1970-01-01T00:00:00Z\",\"text\":\"from 1970\"}",
                "{\"id\":\"year-1e9\",\"time\":\"+1000000000-01-01T00:00:00Z\",\"text\":\"the last instant there is\"}");
    }

    /** Lines no mention can come from: each must be rejected with a MentionFormatException. */
    static List<String> broken() {
        return List.of("", "null", "[]", "\"text\"", "{", "{\"id\":\"x\"}",
                "{\"id\":\"bad-date\",\"time\":\"2026-13-45T99:00:00Z\",\"text\":\"t\"}",
                "{\"id\":\"sentiment\",\"time\":\"" + OK_TIME + "\",\"text\":\"t\",\"sentiment\":1e300}",
                "{\"id\":\"min-time\",\"time\":-1e308,\"text\":\"t\"}",
                "{\"id\":\"no-date\",\"time\":\"yesterday\",\"text\":\"t\"}",
                "{\"id\":\"reach\",\"time\":\"" + OK_TIME + "\",\"text\":\"t\",\"reach\":-5}",
                "{\"id\":\"geo\",\"time\":\"" + OK_TIME + "\",\"text\":\"t\",\"geo\":{\"lat\":999,\"lon\":-999}}",
                "{\"id\":\"feb-30\",\"time\":\"2026-02-30T10:00:00+01:00\",\"text\":\"t\"}",
                "{\"id\":\"year-2e9\",\"time\":\"+2000000000-01-01T00:00:00Z\",\"text\":\"t\"}",
                "{\"id\":\"x\",\"time\":\"" + OK_TIME + "\",\"text\":\"t\"} trailing",
                "{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                "\uFEFF{\"id\":\"bom\"}");
    }

    @Test
    void hostileButValidMentionsAreAcceptedWithTextSafeToShow() {
        for (String line : hostileButValid()) {
            Mention m = MentionCodec.parse(line);
            assertSafe(m, line);
        }
    }

    @Test
    void brokenLinesAreRejectedWithAReason() {
        for (String line : broken()) {
            assertThat(outcome(line)).as(cut(line)).startsWith("rejected: ");
        }
    }

    @Test
    void nullAndWrongTypesInEveryFieldAreSafeOrRejectedNeverAnotherException() {
        List<String> outcomes = new ArrayList<>();
        for (String field : FIELDS) {
            for (String value : WRONG_VALUES) {
                String line = lineWith(field, value);
                String outcome = outcome(line);
                assertThat(outcome).as(field + "=" + cut(value)).matches(o -> o.startsWith("rejected: ") || o.equals("safe"));
                outcomes.add(field + "=" + cut(value) + " -> " + outcome);
            }
        }
        assertThat(outcomes).hasSize(FIELDS.size() * WRONG_VALUES.size());
    }

    @Test
    void zalgoKeepsAtMostAFewMarksOnAnyLetter() {
        Mention m = MentionCodec.parse(line("zalgo", zalgo("abc", 200)));
        assertThat(longestRunOfMarks(m.text())).isLessThanOrEqualTo(TextSanitizer.MAX_MARKS);
        assertThat(m.text()).startsWith("a").contains("b", "c");
    }

    /** "safe", or "rejected: reason"; any other exception escapes and fails the test. */
    static String outcome(String line) {
        try {
            assertSafe(MentionCodec.parse(line), line);
            return "safe";
        } catch (MentionFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
            return "rejected: " + e.getMessage();
        }
    }

    static void assertSafe(Mention m, String line) {
        String what = cut(line);
        assertThat(m.text().length()).as(what).isLessThanOrEqualTo(TextSanitizer.MAX_TEXT);
        Stream.of(m.text(), m.author(), m.place(), m.lang(), m.source(), m.postcode(), m.replyTo())
                .filter(s -> s != null)
                .forEach(s -> {
                    assertThat(s).as(what).doesNotContain("\u202E", "\u202B", "\u2066", "\u0000", "\u0007", "\u001b");
                    assertThat(longestRunOfMarks(s)).as(what).isLessThanOrEqualTo(TextSanitizer.MAX_MARKS);
                });
        assertThat(m.id().length()).as(what).isLessThanOrEqualTo(TextSanitizer.MAX_URL);
        Predicate<Double> inRange = v -> v == null || (v >= -1 && v <= 1);
        assertThat(m.sentiment()).as(what).matches(inRange);
    }

    static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"time\":\"" + OK_TIME + "\",\"text\":" + json(text) + "}";
    }

    static String lineWith(String field, String rawValue) {
        Map<String, String> base = new java.util.LinkedHashMap<>(Map.of("id", "\"w\"", "time", "\"" + OK_TIME + "\"",
                "text", "\"t\""));
        base.put(field, rawValue);
        StringBuilder b = new StringBuilder("{");
        base.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }

    /** A JSON string literal; a lone surrogate is escaped as \\uXXXX, which JSON allows and Java cannot encode. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String zalgo(String base, int marksPerLetter) {
        StringBuilder b = new StringBuilder();
        for (char c : base.toCharArray()) {
            b.append(c);
            for (int i = 0; i < marksPerLetter; i++) {
                b.append((char) (0x300 + (i * 7 + c) % 0x70));
            }
        }
        return b.toString();
    }

    static int longestRunOfMarks(String s) {
        int longest = 0;
        int run = 0;
        for (char c : s.toCharArray()) {
            int type = Character.getType(c);
            run = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
