package org.pulsewall.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * A department topic, written the way listening tools take them:
 * {@code (storing OR "geen internet" OR outage*) AND NOT test lang:nl sentiment:<0}.
 * Words and "phrases" match whole words of the text (a trailing {@code *} matches word starts),
 * case- and accent-insensitively; Chinese and other unspaced scripts match as substrings.
 * Adjacent terms are joined by AND; NOT binds tighter than AND, AND tighter than OR.
 * Fields: {@code lang: source: author: place: region: sentiment:<0 / >=0.5 / neutral}.
 */
public final class TopicQuery implements Predicate<Mention> {
    private final String text;
    private final Predicate<MatchInput> root;

    private TopicQuery(String text, Predicate<MatchInput> root) {
        this.text = text;
        this.root = root;
    }

    /** Compiles a query; a blank query matches everything. */
    public static TopicQuery parse(String query) throws TopicSyntaxException {
        if (query == null || query.isBlank()) {
            return new TopicQuery("", m -> true);
        }
        List<TopicLexer.Token> tokens = new TopicLexer(query).tokens();
        return new TopicQuery(query, new TopicParser(tokens, query.length()).parse());
    }

    /** The syntax error of a query, if it has one (for validate). */
    public static Optional<TopicSyntaxException> check(String query) {
        try {
            parse(query);
            return Optional.empty();
        } catch (TopicSyntaxException e) {
            return Optional.of(e);
        }
    }

    @Override
    public boolean test(Mention mention) {
        return root.test(new MatchInput(mention));
    }

    @Override
    public String toString() {
        return text;
    }

    /** A mention with its text normalised once for all the terms of one evaluation. */
    static final class MatchInput {
        final Mention mention;
        private String normalized;

        MatchInput(Mention mention) {
            this.mention = mention;
        }

        String normalizedText() {
            if (normalized == null) {
                normalized = " " + TextNormalizer.words(mention.text()) + " ";
            }
            return normalized;
        }
    }

    /** Splits a query into words, phrases, operators and parentheses, remembering offsets. */
    static final class TopicLexer {
        enum Kind { WORD, PHRASE, AND, OR, NOT, OPEN, CLOSE }

        record Token(Kind kind, String text, int offset) {
        }

        private final String query;

        TopicLexer(String query) {
            this.query = query;
        }

        List<Token> tokens() throws TopicSyntaxException {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < query.length()) {
                char c = query.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i++));
                } else if (c == '"') {
                    int end = query.indexOf('"', i + 1);
                    if (end < 0) {
                        throw new TopicSyntaxException(i, "phrase not closed: missing \"");
                    }
                    out.add(new Token(Kind.PHRASE, query.substring(i + 1, end), i));
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < query.length() && !Character.isWhitespace(query.charAt(i))
                            && "()\"".indexOf(query.charAt(i)) < 0) {
                        i++;
                    }
                    String word = query.substring(start, i);
                    out.add(new Token(switch (word) {
                        case "AND", "&&" -> Kind.AND;
                        case "OR", "||" -> Kind.OR;
                        case "NOT" -> Kind.NOT;
                        default -> Kind.WORD;
                    }, word, start));
                }
            }
            return out;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
