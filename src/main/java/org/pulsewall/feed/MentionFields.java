package org.pulsewall.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * Collects the fields of one mention from any JSON reader (streaming or tree) and checks them,
 * so that an NDJSON line and a mapped http-json item follow exactly the same rules.
 */
public final class MentionFields {
    static final Set<String> NAMES = Set.of("id", "time", "text", "source", "author", "lang", "sentiment", "url",
            "geo", "postcode", "place", "reach", "likes", "shares", "replies", "replyTo",
            "followers", "accountCreated", "noise", "noiseReason");

    /** Sentiment given as a word; a label carries no strength, so it maps to a clear but not extreme score. */
    public static final double LABEL_SCORE = 0.6;

    /** ISO-8601 with the offset written without a colon (2026-11-23T10:15:00.000+0000), as some listening APIs send. */
    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter(Locale.ROOT);

    private String id;
    private Instant time;
    private String text;
    private final Mention.Builder optional = Mention.builder("", Instant.EPOCH, "");

    /**
     * Records one field. {@code value} is a String, Number, Boolean or GeoPoint; null means absent.
     * Unknown names are ignored so that feeds may carry more than we read.
     */
    public void put(String name, Object value) {
        if (value == null) {
            return;
        }
        switch (name) {
            case "id" -> id = identifier(name, value, TextSanitizer.MAX_URL);
            case "time" -> time = time(name, value);
            case "text" -> text = TextSanitizer.text(string(name, value));
            case "source" -> optional.source(TextSanitizer.field(string(name, value)));
            case "author" -> optional.author(TextSanitizer.field(string(name, value)));
            case "lang" -> optional.lang(TextSanitizer.field(string(name, value)));
            case "sentiment" -> optional.sentiment(sentiment(value));
            case "url" -> optional.url(webUrl(string(name, value)));
            case "geo" -> optional.geo(geo(value));
            case "postcode" -> optional.postcode(identifier(name, value, TextSanitizer.MAX_FIELD));
            case "place" -> optional.place(TextSanitizer.field(string(name, value)));
            case "reach" -> optional.reach(count(name, value));
            case "likes" -> optional.likes(count(name, value));
            case "shares" -> optional.shares(count(name, value));
            case "replies" -> optional.replies(count(name, value));
            case "replyTo" -> optional.replyTo(identifier(name, value, TextSanitizer.MAX_URL));
            case "followers" -> optional.followers(count(name, value));
            case "accountCreated" -> optional.accountCreated(time(name, value));
            case "noise" -> optional.noise(TextSanitizer.field(string(name, value)));
            case "noiseReason" -> optional.noiseReason(TextSanitizer.field(string(name, value)));
            default -> {
            }
        }
    }

    public Mention build() {
        if (id == null || id.isBlank()) {
            throw new MentionFormatException("missing required field id");
        }
        if (time == null) {
            throw new MentionFormatException("missing required field time (mention " + id + ")");
        }
        if (text == null) {
            throw new MentionFormatException("missing required field text (mention " + id + ")");
        }
        return optional.id(id).time(time).text(text).build();
    }

    private static String string(String name, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(name, "a string", value);
    }

    private static String identifier(String name, Object value, int max) {
        if (value instanceof String s) {
            return TextSanitizer.clean(s, max);
        }
        if (value instanceof Number n && isWhole(n)) {
            return Long.toString(n.longValue());
        }
        throw wrongType(name, "a string", value);
    }

    private static Instant time(String name, Object value) {
        if (value instanceof Number n) {
            long v = n.longValue();
            // epoch seconds until the year 5138, epoch milliseconds beyond
            if (v == Long.MIN_VALUE || v == Long.MAX_VALUE) { // a number like -1e308 only clamps to these
                throw new MentionFormatException(name + " " + n + " is out of range");
            }
            return Math.abs(v) < 100_000_000_000L ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        }
        String s = string(name, value).trim();
        Instant plain = UtcInstants.parsePlain(s);
        if (plain != null) {
            return plain;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return OffsetDateTime.parse(s, COMPACT_OFFSET).toInstant();
                } catch (DateTimeParseException e3) {
                    throw new MentionFormatException(name + " is not an ISO-8601 instant: '" + TextSanitizer.field(s) + "'");
                }
            }
        }
    }

    private static Double sentiment(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!(d >= -1 && d <= 1)) {
                throw new MentionFormatException("sentiment must be in [-1, 1], was " + d);
            }
            return d;
        }
        if (value instanceof String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "positive":
                    return LABEL_SCORE;
                case "neutral":
                    return 0.0;
                case "negative":
                    return -LABEL_SCORE;
                default:
                    throw new MentionFormatException(
                            "sentiment must be a number in [-1, 1] or positive|neutral|negative, was '"
                                    + TextSanitizer.field(s) + "'");
            }
        }
        throw wrongType("sentiment", "a number", value);
    }

    /** Only web links survive: a javascript: or file: link from a feed is dropped, not shown. */
    private static String webUrl(String s) {
        String t = s.trim();
        String lower = t.length() > 8 ? t.substring(0, 8).toLowerCase(Locale.ROOT) : t.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? TextSanitizer.clean(t, TextSanitizer.MAX_URL) : null;
    }

    private static GeoPoint geo(Object value) {
        if (value instanceof GeoPoint g) {
            return g;
        }
        throw wrongType("geo", "an object {lat, lon}", value);
    }

    /** Builds a point from two raw values, with the field named in errors. */
    static GeoPoint geoPoint(Object lat, Object lon) {
        if (lat == null || lon == null) {
            throw new MentionFormatException("geo needs both lat and lon");
        }
        if (!(lat instanceof Number la) || !(lon instanceof Number lo)) {
            throw new MentionFormatException("geo lat and lon must be numbers");
        }
        try {
            return new GeoPoint(la.doubleValue(), lo.doubleValue());
        } catch (IllegalArgumentException e) {
            throw new MentionFormatException("geo " + e.getMessage());
        }
    }

    private static Integer count(String name, Object value) {
        if (!(value instanceof Number n) || !isWhole(n)) {
            throw wrongType(name, "a whole number", value);
        }
        long v = n.longValue();
        if (v < 0) {
            throw new MentionFormatException(name + " must not be negative, was " + v);
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static boolean isWhole(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return true;
        }
        if (n instanceof java.math.BigInteger b) {
            return b.bitLength() < 64;
        }
        double d = n.doubleValue();
        return d == Math.rint(d) && !Double.isInfinite(d);
    }

    private static MentionFormatException wrongType(String name, String expected, Object value) {
        String actual = value instanceof String ? "a string" : value instanceof Number ? "a number"
                : value instanceof Boolean ? "a boolean" : "an object or array";
        return new MentionFormatException(name + " must be " + expected + ", was " + actual);
    }
}
