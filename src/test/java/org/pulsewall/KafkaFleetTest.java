package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.outage.Alert;
import org.pulsewall.outage.AlertCodec;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.bench.FleetBenchmark;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.feed.TopicFollower;
import org.pulsewall.relay.FleetAlerts;
import org.pulsewall.relay.Relay;
import org.pulsewall.relay.RelaySettings;
import org.pulsewall.testing.KafkaBroker;

/**
 * Relay, broker and players together, against a real single-node KRaft broker on loopback started
 * from the test class path.
 */
@Tag("kafka")
class KafkaFleetTest {
    private static KafkaBroker broker;
    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void twoPlayersReceiveTheRelayedMentionsInTheSameOrder() throws Exception {
        List<String> lines = IntStream.range(0, 200).mapToObj(i -> MentionCodec.toJson(Mention.builder("m-" + i,
                Instant.now().minusSeconds(200 - i), "storing in Den Burg " + i).author("@a" + i).build(), false))
                .toList();
        Files.write(dir.resolve("mentions.ndjson"), lines, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("relay.yaml"), String.join("\n",
                "sources:",
                "  - { id: export, type: ndjson, path: mentions.ndjson, every: 200ms }",
                "relay: { bootstrap: \"" + broker.bootstrap() + "\", mentions: order-mentions, alerts: order-alerts,",
                "         lease: order-lease }", ""));
        try (FeedSource first = player("order-mentions", "1h"); FeedSource second = player("order-mentions", "1h")) {
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> relay = CompletableFuture.supplyAsync(() -> Main.execute(
                    new PrintWriter(new StringWriter()), new PrintWriter(err), "relay", "--config",
                    dir.resolve("relay.yaml").toString(), "--exit-after", "6s"));

            List<Mention> one = collect(first, 200, Duration.ofSeconds(25));
            List<Mention> two = collect(second, 200, Duration.ofSeconds(25));

            assertThat(relay.get()).as(err.toString()).isZero();
            List<String> expected = IntStream.range(0, 200).mapToObj(i -> "m-" + i).toList();
            assertThat(one).extracting(Mention::id).containsExactlyElementsOf(expected);
            assertThat(two).extracting(Mention::id).containsExactlyElementsOf(expected);
            assertThat(one.get(7).text()).isEqualTo("storing in Den Burg 7");
        }
    }

    @Test
    void brokerRestartMidStreamLosesNothing() throws Exception {
        RelaySettings settings = settings("restart");
        int count = 300;
        List<String> seenErrors = new ArrayList<>();
        try (Relay relay = Relay.open(settings, m -> MentionCodec.toUtf8(m, false, Map.of()), List::of, Secrets.fromEnvironment(),
                dir, Clock.systemUTC()); FeedSource player = player(settings.mentionsTopic(), "1h")) {
            List<Mention> received = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                relay.mentions(List.of(Mention.builder("r-" + i, Instant.now(), "mention " + i).build()));
                if (i == count / 3) {
                    received.addAll(collect(player, i + 1, Duration.ofSeconds(20)));
                    broker.stop();
                }
                if (i == 2 * count / 3) {
                    pollExpectingFailure(player, seenErrors);
                    broker.restart();
                }
                Thread.sleep(5);
            }
            received.addAll(collect(player, count - received.size(), Duration.ofSeconds(40)));

            assertThat(seenErrors).as("the player saw the brokers go away (shown stale)").isNotEmpty();
            assertThat(received).extracting(Mention::id)
                    .containsExactlyElementsOf(IntStream.range(0, count).mapToObj(i -> "r-" + i).toList());
            assertThat(relay.publisher().failed()).isZero();
            assertThat(relay.publisher().dropped()).isZero();
        }
    }

    @Test
    void aNewPlayerStartsWithTheLastHour() throws Exception {
        String topic = "lookback-mentions";
        long now = System.currentTimeMillis();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                broker.bootstrap()), new StringSerializer(), new StringSerializer())) {
            for (int minutesAgo : new int[] {150, 90, 61, 50, 20, 1}) {
                String id = "ago-" + minutesAgo;
                String json = MentionCodec.toJson(Mention.builder(id, Instant.ofEpochMilli(now - minutesAgo * 60_000L),
                        "posted " + minutesAgo + " minutes ago").build(), false);
                producer.send(new ProducerRecord<>(topic, null, now - minutesAgo * 60_000L, id, json)).get();
            }
        }
        try (FeedSource player = player(topic, "1h")) {
            List<Mention> first = player.poll(); // waits briefly for the look-back, as a booting wall does
            List<Mention> all = new ArrayList<>(first);
            all.addAll(collect(player, 3 - first.size(), Duration.ofSeconds(10)));
            assertThat(all).extracting(Mention::id).containsExactly("ago-50", "ago-20", "ago-1");
        }
    }

    @Test
    void onlyTheLeaseHolderPublishesAlertsAndAnotherTakesOverWhenItStops() throws Exception {
        RelaySettings settings = settings("lease");
        List<String> published = java.util.Collections.synchronizedList(new ArrayList<>());
        SourceConfig fleetSource = new SourceConfig("fleet", "kafka", Duration.ofMillis(200), Map.of("bootstrap",
                broker.bootstrap(), "topic", settings.mentionsTopic(), "alerts", settings.alertsTopic()), "wall.yaml", 1);
        AnalyticsSnapshot localOnly = new AnalyticsSnapshot(1, Instant.now(), List.of(), List.of(alert("GM0014",
                "Groningen")), Map.of());
        try (FleetAlerts fleet = FleetAlerts.start(List.of(fleetSource), Secrets.fromEnvironment(), dir,
                Clock.systemUTC());
             TopicFollower alerts = new TopicFollower("test", settings.client().properties(Secrets.fromEnvironment(),
                dir), settings.alertsTopic(), Duration.ofHours(1), Clock.systemUTC(),
                batch -> batch.forEach(r -> published.add(r.value())))) {
            Relay a = Relay.open(settings, m -> MentionCodec.toUtf8(m, false, Map.of()), List::of, Secrets.fromEnvironment(), dir,
                    Clock.systemUTC());
            try (Relay b = Relay.open(settings, m -> MentionCodec.toUtf8(m, false, Map.of()), List::of, Secrets.fromEnvironment(), dir,
                    Clock.systemUTC())) {
                alerts.start();
                await(() -> a.publishesAlerts() || b.publishesAlerts(), Duration.ofSeconds(20));
                Thread.sleep(500); // a rebalance in flight would show as both or neither
                assertThat(a.publishesAlerts() ^ b.publishesAlerts()).as("exactly one holder").isTrue();
                Relay holder = a.publishesAlerts() ? a : b;
                Relay other = holder == a ? b : a;

                a.alert(alert("GM0448", "Texel"));
                b.alert(alert("GM0448", "Texel"));
                await(() -> published.size() >= 1, Duration.ofSeconds(10));

                holder.close();
                await(other::publishesAlerts, Duration.ofSeconds(20));
                other.alert(alert("GM0363", "Amsterdam"));
                await(() -> published.size() >= 2, Duration.ofSeconds(10));
                Thread.sleep(300);
                assertThat(published).extracting(json -> AlertCodec.parse(json).orElseThrow().name())
                        .containsExactly("Texel", "Amsterdam");
                Supplier<AnalyticsSnapshot> screens = fleet.screensRead(() -> localOnly);
                await(() -> screens.get().alerts().size() == 2, Duration.ofSeconds(10));
                assertThat(screens.get().alerts()).as("the relay's alerts replace the local detector's")
                        .extracting(Alert::name).containsExactlyInAnyOrder("Texel", "Amsterdam");
            } finally {
                a.close();
            }
        }
    }

    @Test
    void benchmarkReportsTheRelayAgainstKafkasOwnProducerAndLatencyPercentiles() throws Exception {
        List<String> lines = org.pulsewall.bench.RelayBenchmark.run(broker.bootstrap(), 2_000, 100,
                Duration.ofSeconds(1));
        assertThat(lines.get(0)).matches("relay: \\d+ mentions/s \\(broker alone \\d+/s, \u00D7\\d+\\.\\d\\d\\)");
        assertThat(lines.get(1)).matches("relay\\.latency: p50 \\d+ ms, p99 \\d+ ms source to player hub \\(100 of 100 mentions.*");
    }

    @Test
    void everyPlayerOfASmallFleetReceivesEveryMentionTheRelayPublished() throws Exception {
        List<String> lines = FleetBenchmark.run(broker.bootstrap(), new FleetBenchmark.Load(3, 50, Duration.ofSeconds(2)));
        assertThat(lines.get(0)).matches("fleet: 3 players, p50 \\d+ ms, p99 \\d+ ms source to player hub, 0 lost");
        assertThat(lines.get(1)).contains("rate 50/s for 2 s (100 mentions)", "300 of 300 deliveries");
    }

    private static Alert alert(String region, String name) {
        Instant now = Instant.now();
        return new Alert(region, name, now.minusSeconds(600), now, 5, 0.2, List.of("m-1"), false, false);
    }

    private RelaySettings settings(String name) {
        return RelaySettings.parse(Map.of("bootstrap", broker.bootstrap(), "mentions", name + "-mentions",
                "alerts", name + "-alerts", "lease", name + "-lease", "group", name + "-relays"));
    }

    private FeedSource player(String topic, String lookBack) {
        SourceConfig cfg = new SourceConfig("fleet", "kafka", Duration.ofMillis(200),
                Map.of("bootstrap", broker.bootstrap(), "topic", topic, "lookBack", lookBack), "wall.yaml", 1);
        return new SourceFactory(new OkHttpClient(), Clock.systemUTC()).create(cfg, ConfigBase.directory(dir));
    }

    /** Polls as the hub would until {@code count} mentions arrived; failures (brokers away) are retried. */
    private static List<Mention> collect(FeedSource source, int count, Duration timeout) {
        List<Mention> got = new ArrayList<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .alias("received " + count + " mentions").until(() -> {
                    try {
                        got.addAll(source.poll());
                    } catch (Exception e) {
                        // stale while the brokers are away; the hub would retry
                    }
                    return got.size() >= count;
                });
        return got;
    }

    private static void pollExpectingFailure(FeedSource source, List<String> errors) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try {
                assertThat(source.poll()).isEmpty();
            } catch (Exception e) {
                errors.add(e.getMessage());
            }
            return !errors.isEmpty();
        });
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
