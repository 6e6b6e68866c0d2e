package org.pulsewall.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.Place;
import org.pulsewall.enrich.RegionAdjacency;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.feed.Mention;
import org.pulsewall.outage.Alert;
import org.pulsewall.outage.ComplaintClassifier;
import org.pulsewall.outage.OutageDetector;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live location and outage analytics for the screens. The hub's accepted batches ({@link #accept})
 * are queued to one thread of its own, which resolves each mention's region, feeds the
 * {@link OutageDetector}, keeps per-region counts of the last hour (bounded) and publishes an
 * immutable {@link AnalyticsSnapshot} through a volatile reference. Alerts are logged when raised
 * and cleared. {@link #close()} stops the thread.
 */
public final class LiveAnalytics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveAnalytics.class);

    /** Window and bounds; {@link #defaults()} keeps an hour, 12 mentions per region, 2,000 regions. */
    public record Settings(Duration window, int latestPerRegion, int maxEntriesPerRegion, int maxRegions,
                           int maxQueuedBatches) {
        public static Settings defaults() {
            return new Settings(Duration.ofHours(1), 12, 5_000, 2_000, 1_000);
        }
    }

    private final LocationResolver resolver;
    private final OutageDetector detector;
    private final ComplaintClassifier classifier;
    private final SentimentLexicon lexicon;
    private final Clock clock;
    private final Settings settings;
    private final Map<String, double[]> regionPoints;
    private final Map<String, RegionTally> tallies = new HashMap<>();
    private final ThreadPoolExecutor thread;
    private final List<Consumer<Alert>> alertListeners = new CopyOnWriteArrayList<>();
    private volatile AnalyticsSnapshot snapshot = AnalyticsSnapshot.EMPTY;
    private long version;
    private long dropped;

    public LiveAnalytics(LocationResolver resolver, OutageDetector detector, ComplaintClassifier classifier,
                         SentimentLexicon lexicon, Clock clock, Settings settings) {
        this.resolver = resolver;
        this.detector = detector;
        this.classifier = classifier;
        this.lexicon = lexicon;
        this.clock = clock;
        this.settings = settings;
        this.regionPoints = mainPlaces(resolver);
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.maxQueuedBatches()), DaemonThreads.named("analytics"));
    }

    /** Default detector tuning, the bundled vocabulary and lexicon. */
    public static LiveAnalytics withDefaults(LocationResolver resolver, Clock clock) {
        SentimentLexicon lexicon = SentimentLexicon.bundled();
        ComplaintClassifier classifier = new ComplaintClassifier(lexicon, -0.3);
        OutageDetector detector = new OutageDetector(OutageDetector.Config.defaults(), classifier,
                resolver.gazetteer().regions().values(), RegionAdjacency.of(resolver.gazetteer())::neighbours);
        return new LiveAnalytics(resolver, detector, classifier, lexicon, clock, Settings.defaults());
    }

    /** Queues a batch of accepted mentions (any thread; a hub listener). Drops it when far behind. */
    public void accept(List<Mention> batch) {
        List<Mention> copy = List.copyOf(batch);
        try {
            thread.execute(() -> guarded(() -> {
                process(copy, true);
                publish();
            }));
        } catch (RejectedExecutionException e) {
            if (dropped++ % 1000 == 0 && !thread.isShutdown()) {
                LOG.warn("analytics is behind: {} batch(es) not analysed", dropped);
            }
        }
    }

    /**
     * Queues a history to analyse before the batches that follow (a demo wall's warm-up): the
     * detector learns from it, alerts it raises and clears are not announced, and the snapshot is
     * published once at its end.
     */
    public void replay(Iterator<List<Mention>> history) {
        thread.execute(() -> guarded(() -> {
            long started = System.nanoTime();
            long count = 0;
            while (history.hasNext() && !thread.isShutdown()) {
                List<Mention> chunk = history.next();
                count += chunk.size();
                process(chunk, false);
            }
            publish();
            LOG.info("analytics warmed up on {} mentions of history in {} ms", count,
                    (System.nanoTime() - started) / 1_000_000);
            detector.activeAlerts().forEach(a -> log("active after warm-up", a));
        }));
    }

    /**
     * Called on the analytics thread with every alert raised or cleared by live batches (not by a
     * replayed history): the relay publishes them.
     */
    public void addAlertListener(Consumer<Alert> listener) {
        alertListeners.add(listener);
    }

    public AnalyticsSnapshot snapshot() {
        return snapshot;
    }

    public Supplier<AnalyticsSnapshot> snapshots() {
        return this::snapshot;
    }

    @Override
    public void close() {
        DaemonThreads.stopNow(thread, Duration.ofSeconds(2));
    }

    /** Analyses a batch on the calling thread; the analytics thread or a test. */
    void process(List<Mention> batch, boolean announce) {
        List<Mention> inTime = new ArrayList<>(batch);
        inTime.sort(Comparator.comparing(Mention::time));
        for (Mention m : inTime) {
            Location location = resolver.resolve(m).orElse(null);
            for (Alert alert : detector.accept(m, location)) {
                if (announce) {
                    log(alert.cleared() ? "cleared" : "raised", alert);
                    alertListeners.forEach(l -> l.accept(alert));
                }
            }
            if (location != null) {
                tally(m, location);
            }
        }
    }

    /** Publishes what the last hour looks like now. */
    void publish() {
        Instant now = clock.instant();
        Instant since = now.minus(settings.window());
        tallies.values().removeIf(t -> t.evictBefore(since.toEpochMilli()));
        List<Alert> alerts = new ArrayList<>(detector.activeAlerts());
        alerts.sort(Comparator.comparing(Alert::detectedAt).reversed());
        List<RegionActivity> regions = new ArrayList<>(tallies.size());
        Map<String, List<LocatedMention>> recent = new LinkedHashMap<>();
        for (RegionTally t : tallies.values()) {
            if (t.mentions() == 0) {
                continue; // quiet for the hour; kept only for its day of history
            }
            boolean alerting = alerts.stream().anyMatch(a -> a.region().equals(t.code));
            double[] point = regionPoints.getOrDefault(t.code, new double[] {Double.NaN, Double.NaN});
            regions.add(new RegionActivity(t.code, t.name, t.country, point[0], point[1], t.mentions(),
                    t.complaints(), t.normalPerHour(now.toEpochMilli()), t.meanSentiment(), alerting));
            recent.put(t.code, t.latest());
        }
        regions.sort(Comparator.comparingInt(RegionActivity::complaints).reversed()
                .thenComparing(Comparator.comparingInt(RegionActivity::mentions).reversed()));
        snapshot = new AnalyticsSnapshot(++version, now, regions, alerts, recent);
    }

    private void tally(Mention m, Location location) {
        RegionTally tally = tallies.get(location.regionCode());
        if (tally == null) {
            if (tallies.size() >= settings.maxRegions()) {
                return;
            }
            tally = new RegionTally(location.regionCode(), location.regionName(), location.country(),
                    settings.maxEntriesPerRegion(), settings.latestPerRegion());
            tallies.put(tally.code, tally);
            // a region beyond the gazetteer: its first point, coarsened so that it is no address
            regionPoints.computeIfAbsent(location.regionCode(), c -> new double[] {
                    Math.round(location.lat() * 10) / 10.0, Math.round(location.lon() * 10) / 10.0});
        }
        boolean complaint = classifier.isComplaint(m);
        double sentiment = m.sentiment() != null ? m.sentiment() : lexicon.score(m.text(), m.lang());
        tally.add(new LocatedMention(m, location.regionCode(), location.regionName(), complaint),
                Math.max(-1, Math.min(1, sentiment)));
    }

    private static void log(String what, Alert a) {
        if (a.cleared()) {
            LOG.info("outage alert {}: {} ({}) at {} complaints, normal {}", what, a.name(), a.region(),
                    a.mentions(), String.format("%.1f", a.baseline()));
        } else {
            LOG.warn("outage alert {}: {} ({}): {} complaints since {}, normal {}", what, a.name(), a.region(),
                    a.mentions(), a.start(), String.format("%.1f", a.baseline()));
        }
    }

    /** A representative point per region: its most populous gazetteer place, not anyone's address. */
    private static Map<String, double[]> mainPlaces(LocationResolver resolver) {
        Map<String, Place> biggest = new HashMap<>();
        for (Place p : resolver.gazetteer().places()) {
            biggest.merge(p.regionCode(), p, (a, b) -> b.population() > a.population() ? b : a);
        }
        Map<String, double[]> points = new HashMap<>();
        biggest.forEach((code, p) -> points.put(code, new double[] {p.lat(), p.lon()}));
        return points;
    }

    /** Bad input must not stop the analytics thread. */
    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("analytics failed on a batch; it goes on with the next", e);
        }
    }
}
