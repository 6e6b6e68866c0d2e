package org.pulsewall.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that belong to other capabilities (which source types exist, what a topic query may
 * say), handed to the loaders so that config depends on nobody.
 *
 * @param sourceProblems messages about one source entry, empty when it is fine
 * @param topicProblem a topic query's syntax error, if any
 * @param relayProblems messages about a {@code relay:} section, each naming its key first
 */
public record ConfigChecks(Function<SourceConfig, List<String>> sourceProblems,
                           Function<String, Optional<TopicError>> topicProblem,
                           Function<Map<String, Object>, List<String>> relayProblems) {

    /** Checks for a wall without relay settings of its own to check. */
    public ConfigChecks(Function<SourceConfig, List<String>> sourceProblems,
                        Function<String, Optional<TopicError>> topicProblem) {
        this(sourceProblems, topicProblem, section -> List.of());
    }

    /** A syntax error in a topic query, at a 0-based offset in the query text. */
    public record TopicError(int offset, String message) {
    }

    public static final ConfigChecks NONE = new ConfigChecks(s -> List.of(), q -> Optional.empty());
}
