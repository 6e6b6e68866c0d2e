package org.pulsewall.enrich;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.pulsewall.enrich.TopicQuery.MatchInput;
import org.pulsewall.enrich.TopicQuery.TopicLexer.Kind;
import org.pulsewall.enrich.TopicQuery.TopicLexer.Token;
import org.pulsewall.feed.Mention;

/** Recursive descent over the tokens of a topic query: or → and → not → primary. */
final class TopicParser {
    private final List<Token> tokens;
    private final int end;
    private int pos;

    TopicParser(List<Token> tokens, int end) {
        this.tokens = tokens;
        this.end = end;
    }

    Predicate<MatchInput> parse() throws TopicSyntaxException {
        Predicate<MatchInput> p = or();
        if (pos < tokens.size()) {
            Token t = tokens.get(pos);
            throw new TopicSyntaxException(t.offset(), t.kind() == Kind.CLOSE ? "unexpected ')'" : "unexpected '" + t.text() + "'");
        }
        return p;
    }

    private Predicate<MatchInput> or() throws TopicSyntaxException {
        Predicate<MatchInput> left = and();
        while (peek(Kind.OR)) {
            pos++;
            left = left.or(and());
        }
        return left;
    }

    private Predicate<MatchInput> and() throws TopicSyntaxException {
        Predicate<MatchInput> left = not();
        while (pos < tokens.size() && !peek(Kind.OR) && !peek(Kind.CLOSE)) {
            if (peek(Kind.AND)) {
                pos++;
            }
            left = left.and(not());
        }
        return left;
    }

    private Predicate<MatchInput> not() throws TopicSyntaxException {
        if (peek(Kind.NOT)) {
            pos++;
            return not().negate();
        }
        if (pos < tokens.size() && tokens.get(pos).kind() == Kind.WORD && tokens.get(pos).text().startsWith("-")
                && tokens.get(pos).text().length() > 1) {
            Token t = tokens.get(pos++);
            return term(t.text().substring(1), t.offset() + 1).negate();
        }
        return primary();
    }

    private Predicate<MatchInput> primary() throws TopicSyntaxException {
        if (pos >= tokens.size()) {
            throw new TopicSyntaxException(end, "expected a word, a \"phrase\" or '(' here");
        }
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case OPEN -> {
                Predicate<MatchInput> inner = or();
                if (!peek(Kind.CLOSE)) {
                    throw new TopicSyntaxException(pos < tokens.size() ? tokens.get(pos).offset() : end, "expected ')'");
                }
                pos++;
                return inner;
            }
            case PHRASE -> {
                return phrase(t.text(), t.offset());
            }
            case WORD -> {
                return term(t.text(), t.offset());
            }
            default -> throw new TopicSyntaxException(t.offset(), "'" + t.text() + "' needs a term before and after it");
        }
    }

    private boolean peek(Kind kind) {
        return pos < tokens.size() && tokens.get(pos).kind() == kind;
    }

    private Predicate<MatchInput> term(String word, int offset) throws TopicSyntaxException {
        int colon = word.indexOf(':');
        if (colon > 0 && colon < word.length() - 1 && !TextNormalizer.unspaced(word)) {
            return TopicFields.field(word.substring(0, colon).toLowerCase(Locale.ROOT), word.substring(colon + 1),
                    offset);
        }
        boolean wildcard = word.endsWith("*");
        String folded = TextNormalizer.words(wildcard ? word.substring(0, word.length() - 1) : word);
        if (folded.isEmpty()) {
            throw new TopicSyntaxException(offset, "'" + word + "' has no letters or digits to match");
        }
        return textMatch(folded, wildcard);
    }

    private Predicate<MatchInput> phrase(String phrase, int offset) throws TopicSyntaxException {
        String folded = TextNormalizer.words(phrase);
        if (folded.isEmpty()) {
            throw new TopicSyntaxException(offset, "empty phrase");
        }
        return textMatch(folded, false);
    }

    private static Predicate<MatchInput> textMatch(String folded, boolean prefix) {
        if (TextNormalizer.unspaced(folded)) {
            return in -> in.normalizedText().contains(folded);
        }
        String needle = " " + folded + (prefix ? "" : " ");
        return in -> in.normalizedText().contains(needle);
    }

    /** Field terms such as {@code lang:nl} or {@code sentiment:<0}. */
    static final class TopicFields {
        private TopicFields() {
        }

        static Predicate<MatchInput> field(String name, String value, int offset) throws TopicSyntaxException {
            String v = value.toLowerCase(Locale.ROOT);
            return switch (name) {
                case "lang" -> in -> v.equals(lower(in.mention.lang()));
                case "source" -> in -> v.equals(lower(in.mention.source()));
                case "author" -> in -> stripAt(v).equals(stripAt(lower(in.mention.author())));
                case "place", "region" -> in -> TextNormalizer.words(value).equals(
                        TextNormalizer.words(String.valueOf(in.mention.place())));
                case "sentiment" -> sentiment(value, offset);
                default -> throw new TopicSyntaxException(offset, "unknown field '" + name
                        + "' (lang, source, author, place, region, sentiment)");
            };
        }

        private static Predicate<MatchInput> sentiment(String value, int offset) throws TopicSyntaxException {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "positive" -> { return in -> score(in.mention) != null && score(in.mention) > 0.2; }
                case "negative" -> { return in -> score(in.mention) != null && score(in.mention) < -0.2; }
                case "neutral" -> { return in -> score(in.mention) != null && Math.abs(score(in.mention)) <= 0.2; }
                default -> { }
            }
            String op = value.startsWith("<=") || value.startsWith(">=") ? value.substring(0, 2)
                    : value.startsWith("<") || value.startsWith(">") || value.startsWith("=") ? value.substring(0, 1) : "";
            double limit;
            try {
                limit = Double.parseDouble(value.substring(op.length()));
            } catch (NumberFormatException e) {
                throw new TopicSyntaxException(offset, "sentiment takes <0, >=0.5, positive, neutral or negative");
            }
            return switch (op) {
                case "<" -> in -> score(in.mention) != null && score(in.mention) < limit;
                case "<=" -> in -> score(in.mention) != null && score(in.mention) <= limit;
                case ">" -> in -> score(in.mention) != null && score(in.mention) > limit;
                case ">=" -> in -> score(in.mention) != null && score(in.mention) >= limit;
                default -> in -> score(in.mention) != null && score(in.mention) == limit;
            };
        }

        private static Double score(Mention m) {
            return m.sentiment();
        }

        private static String lower(String s) {
            return s == null ? "" : s.toLowerCase(Locale.ROOT);
        }

        private static String stripAt(String s) {
            return s.startsWith("@") ? s.substring(1) : s;
        }
    }
}
