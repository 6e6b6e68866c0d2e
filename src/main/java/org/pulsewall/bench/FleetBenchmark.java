package org.pulsewall.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.enrich.EnrichedJson;
import org.pulsewall.enrich.Enrichment;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.feed.PushedSource;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.relay.Relay;
import org.pulsewall.relay.RelaySettings;
import org.pulsewall.threads.DaemonThreads;

/**
 * {@code bench fleet}: one relay and many headless players against a running broker. Each player is
 * what a screen PC runs for its feed: the real {@code kafka} source (its own consumer reading every
 * partition, no group) under its own {@link FeedHub}, collecting at the wall's stream interval; only
 * the screens are left out. The players share one small scheduler pool, as the hubs of one player
 * share theirs. Demo mentions are streamed at a steady rate into the relay's hub, and every player's
 * hub reports what reached it: the latency from source to player hub and what never arrived.
 */
public final class FleetBenchmark {
    /** How hard to drive the fleet. */
    public record Load(int players, int ratePerSecond, Duration duration) {
        /** @throws IllegalArgumentException when a figure is out of its range */
        public Load {
            if (players < 1 || players > 1_000) {
                throw new IllegalArgumentException("players must be between 1 and 1000, was " + players);
            }
            if (ratePerSecond < 1 || ratePerSecond > 100_000) {
                throw new IllegalArgumentException("rate must be between 1 and 100000 per second, was " + ratePerSecond);
            }
            if (duration.isNegative() || duration.toSeconds() < 1 || duration.toSeconds() > 3_600) {
                throw new IllegalArgumentException("seconds must be between 1 and 3600, was " + duration.toSeconds());
            }
        }

        public int mentions() {
            return (int) (ratePerSecond * duration.toMillis() / 1000);
        }
    }

    private static final String PROBE = "fleet-";
    private static final int PLAYER_THREADS = 4;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration GRACE = Duration.ofSeconds(15);
    /** Unmeasured mentions at the load's rate first (at most as long as the run): a player runs for days, its code is compiled. */
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    private FleetBenchmark() {
    }

    /** Lines as {@code NAME: figures}; the topic is new for every run. */
    public static List<String> run(String bootstrap, Load load) throws InterruptedException {
        String topic = "bench-fleet-" + Long.toString(System.currentTimeMillis(), 36);
        Clock clock = Clock.systemUTC();
        FleetTally tally = new FleetTally(load.players(), load.mentions());
        AtomicIntegerArray ready = new AtomicIntegerArray(load.players());
        PushedSource stream = new PushedSource("bench-fleet-stream", SourceFactory.STREAM_INTERVAL);
        ScheduledExecutorService relayPool = Executors.newScheduledThreadPool(2, daemon("fleet-relay"));
        ScheduledExecutorService playerPool = Executors.newScheduledThreadPool(PLAYER_THREADS, daemon("fleet-player"));
        List<FeedHub> players = new ArrayList<>();
        EnrichedJson lines = new EnrichedJson(new Enrichment(LocationResolver.fromConfig(Map.of(), null),
                SentimentLexicon.bundled()), true);
        RelaySettings settings = RelaySettings.parse(Map.of("bootstrap", bootstrap, "mentions", topic,
                "alerts", topic + "-alerts", "lease", topic + "-lease", "group", topic));
        try (Relay relay = Relay.open(settings, lines::toUtf8, List::of, Secrets.fromEnvironment(), null, clock);
             FeedHub relayHub = hub(stream, relayPool, clock)) {
            relayHub.addListener(relay::mentions);
            relayHub.start();
            SourceFactory sources = new SourceFactory(new OkHttpClient(), clock);
            for (int p = 0; p < load.players(); p++) {
                players.add(player(p, sources, bootstrap, topic, playerPool, clock, tally, ready));
            }
            long readyMs = awaitReady(stream, ready, clock);
            List<Mention> demo = IngestBenchmark.demoLines(Math.min(load.mentions(), 5_000)).stream()
                    .map(MentionCodec::parse).toList();
            stream(demo, "warm-up-", load.ratePerSecond(), (int) (load.ratePerSecond()
                    * Math.min(WARM_UP.toSeconds(), load.duration().toSeconds())),
                    stream, null, clock);
            stream(demo, PROBE, load.ratePerSecond(), load.mentions(), stream, tally, clock);
            long deadline = System.nanoTime() + GRACE.toNanos();
            while (!tally.complete() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return lines(load, tally.report(), readyMs, ready);
        } finally {
            closeAll(players);
            playerPool.shutdownNow();
            relayPool.shutdownNow();
        }
    }

    /** The lines {@code bench fleet} prints. */
    static List<String> lines(Load load, FleetTally.Report r, long readyMs, AtomicIntegerArray ready) {
        int subscribed = 0;
        for (int i = 0; i < ready.length(); i++) {
            subscribed += ready.get(i);
        }
        return List.of(
                String.format("fleet: %d players, p50 %d ms, p99 %d ms source to player hub, %d lost", r.players(),
                        r.p50Ms(), r.p99Ms(), r.lost()),
                String.format("fleet.run: rate %d/s for %d s (%d mentions) through one relay, %d of %d deliveries,"
                                + " max %d ms; %d players subscribed in %.1f s; hubs collect every %d ms",
                        load.ratePerSecond(), load.duration().toSeconds(), r.mentions(), r.delivered(),
                        (long) r.players() * r.mentions(), r.maxMs(), subscribed, readyMs / 1000.0,
                        SourceFactory.STREAM_INTERVAL.toMillis()));
    }

    private static FeedHub player(int index, SourceFactory sources, String bootstrap, String topic,
                                  ScheduledExecutorService pool, Clock clock, FleetTally tally,
                                  AtomicIntegerArray ready) {
        FeedSource source = sources.create(new SourceConfig("player-" + index, "kafka", SourceFactory.STREAM_INTERVAL,
                Map.of("bootstrap", bootstrap, "topic", topic, "lookBack", "1m"), "bench", 0),
                ConfigBase.directory(Path.of("")));
        FeedHub hub = hub(source, pool, clock);
        hub.addListener(batch -> {
            long now = System.nanoTime();
            for (Mention m : batch) {
                int probe = probeIndex(m.id());
                if (probe >= 0) {
                    tally.arrived(index, probe, now);
                } else {
                    ready.set(index, 1);
                }
            }
        });
        hub.start();
        return hub;
    }

    /** Publishes a mention every half second until every player has received one; how long that took. */
    private static long awaitReady(PushedSource stream, AtomicIntegerArray ready, Clock clock)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + READY_TIMEOUT.toNanos();
        for (int i = 0; !allSet(ready) && System.nanoTime() < deadline; i++) {
            stream.add(Mention.builder("ready-" + i, clock.instant(), "ready " + i).build());
            Thread.sleep(500);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Demo mentions (their texts, authors and places) numbered {@code prefix + i}, at a steady rate. */
    private static void stream(List<Mention> demo, String prefix, int rate, int count, PushedSource stream,
                               FleetTally tally, Clock clock) {
        long gap = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(start + i * gap - System.nanoTime());
            Mention m = demo.get(i % demo.size()).toBuilder().id(prefix + i).time(clock.instant()).build();
            if (tally != null) {
                tally.sent(i, System.nanoTime());
            }
            stream.add(m);
        }
    }

    static int probeIndex(String id) {
        if (id == null || !id.startsWith(PROBE)) {
            return -1;
        }
        try {
            return Integer.parseInt(id.substring(PROBE.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean allSet(AtomicIntegerArray flags) {
        for (int i = 0; i < flags.length(); i++) {
            if (flags.get(i) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Closes the players side by side: each waits for its consumer thread to stop. */
    private static void closeAll(List<FeedHub> hubs) throws InterruptedException {
        ExecutorService closer = Executors.newFixedThreadPool(16, daemon("fleet-close"));
        hubs.forEach(h -> closer.execute(h::close));
        closer.shutdown();
        closer.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static FeedHub hub(FeedSource source, ScheduledExecutorService pool, Clock clock) {
        return new FeedHub(List.of(source), UnaryOperator.identity(), new MentionStore(10_000, Duration.ofHours(1), clock),
                null, pool, clock, new Random(1));
    }

    private static ThreadFactory daemon(String name) {
        return DaemonThreads.numbered(name);
    }
}
