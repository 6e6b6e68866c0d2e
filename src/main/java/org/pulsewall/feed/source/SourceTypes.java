package org.pulsewall.feed.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every source type a wall can play, by key: the one list {@code validate} and {@code play} read. */
public final class SourceTypes {
    private static final List<SourceType> ALL = List.of(
            DemoSource.TYPE,
            NdjsonFileSource.TYPE,
            HttpJsonSource.TYPE,
            RssSource.TYPE,
            MastodonSource.TYPE,
            BlueskySource.TYPE,
            SseSource.TYPE,
            KafkaSource.TYPE,
            CapSource.TYPE);
    private static final Map<String, SourceType> BY_KEY = ALL.stream()
            .collect(Collectors.toMap(SourceType::key, Function.identity(), (a, b) -> {
                throw new IllegalStateException("two source types named " + a.key());
            }, TreeMap::new));

    private SourceTypes() {
    }

    public static Set<String> keys() {
        return BY_KEY.keySet();
    }

    public static Optional<SourceType> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The type named {@code key}, or an error that lists the known ones. */
    static SourceType get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(
                "unknown source type '" + key + "' (supported: " + String.join(", ", keys()) + ")"));
    }
}
