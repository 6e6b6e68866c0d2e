package org.pulsewall.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.config.WallConfigLoader;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.source.SourceFactory;

/**
 * What the department scenes compute on the FX thread once a second, over a full store of 5000
 * demo mentions: trending words re-ranked with the words of known mentions kept, against the naive
 * ranking that splits every text again; volume and sentiment buckets for scale.
 * Run after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.pulsewall.analytics.ContentAggregationBench</pre>
 */
public final class ContentAggregationBench {
    private static final int ROUNDS = 50;

    private ContentAggregationBench() {
    }

    public static void main(String[] args) throws Exception {
        Instant now = Instant.parse("2026-11-23T10:15:30Z");
        List<Mention> mentions = demoMentions(Clock.fixed(now, ZoneOffset.UTC));
        Duration hour = Duration.ofHours(1);
        Duration day = Duration.ofHours(24);
        StopWords stopWords = StopWords.bundled();
        TrendingWords kept = new TrendingWords(stopWords);
        report("trending, words kept between rankings", () -> kept.rank(mentions, m -> true, now, hour, day, 8));
        report("trending, naive (every text split again)",
                () -> new TrendingWords(stopWords).rank(mentions, m -> true, now, hour, day, 8));
        report("volume, 60 buckets", () -> VolumeSeries.count(mentions, m -> true, now, hour, 60));
        report("sentiment, 12 buckets", () -> SentimentSeries.of(mentions, m -> true, now, hour, 12));
        System.exit(0);
    }

    private static List<Mention> demoMentions(Clock clock) throws Exception {
        SourceConfig demo = new SourceConfig("demo", "demo", Duration.ofSeconds(1),
                Map.of("rate", "4", "backfill", "25m"), "bench", 1);
        OkHttpClient http = new OkHttpClient();
        List<Mention> all = new ArrayList<>(new SourceFactory(http, clock).create(demo, WallConfigLoader.demoBase())
                .poll());
        http.dispatcher().executorService().shutdown();
        all.sort(Comparator.comparing(Mention::time).reversed());
        return List.copyOf(all.subList(0, Math.min(5000, all.size())));
    }

    private static void report(String what, Supplier<Object> work) {
        for (int i = 0; i < ROUNDS / 2; i++) {
            work.get();
        }
        long started = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            work.get();
        }
        System.out.printf("%-45s %7.2f ms per refresh%n", what, (System.nanoTime() - started) / 1e6 / ROUNDS);
    }
}
