package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.demo.DemoHistory;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.outage.Alert;
import org.pulsewall.testing.MutableClock;

class LiveAnalyticsTest {
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final LocationResolver RESOLVER = LocationResolver.fromConfig(Map.of(), null);

    private final MutableClock clock = new MutableClock(T0);
    private final LiveAnalytics analytics = LiveAnalytics.withDefaults(RESOLVER, clock);
    private int ids;

    @AfterEach
    void close() {
        analytics.close();
    }

    private Mention mention(String text, Instant time) {
        return Mention.builder("m" + (++ids), time, text).author("@user" + ids).lang("nl").build();
    }

    @Test
    void countsMentionsAndComplaintsPerRegionOfTheLastHour() {
        List<Mention> batch = new ArrayList<>();
        batch.add(mention("Storing in Leeuwarden, geen internet sinds vanmiddag", T0.minusSeconds(60)));
        batch.add(mention("Alweer geen bereik in Leeuwarden, waardeloos", T0.minusSeconds(30)));
        batch.add(mention("Mooie dag in Leeuwarden vandaag", T0.minusSeconds(10)));
        batch.add(mention("Leuke reclame!", T0.minusSeconds(5)));
        analytics.process(batch, true);
        analytics.publish();

        AnalyticsSnapshot snap = analytics.snapshot();
        assertThat(snap.version()).isEqualTo(1);
        assertThat(snap.regions()).hasSize(1);
        RegionActivity leeuwarden = snap.regions().get(0);
        assertThat(leeuwarden.name()).isEqualTo("Leeuwarden");
        assertThat(leeuwarden.mentions()).isEqualTo(3);
        assertThat(leeuwarden.complaints()).isEqualTo(2);
        assertThat(leeuwarden.lat()).isBetween(53.0, 53.4);
        assertThat(snap.mentionsIn(leeuwarden.code())).extracting(m -> m.mention().text())
                .containsExactly("Mooie dag in Leeuwarden vandaag", "Alweer geen bereik in Leeuwarden, waardeloos",
                        "Storing in Leeuwarden, geen internet sinds vanmiddag");
    }

    @Test
    void screensNeverGetThePostcodeOrCoordinatesOfAMention() {
        Mention precise = Mention.builder("p1", T0, "geen bereik hier").author("@a").lang("nl")
                .geo(new GeoPoint(52.3731, 4.8922)).postcode("1012AB").build();
        analytics.process(List.of(precise), true);
        analytics.publish();

        AnalyticsSnapshot snap = analytics.snapshot();
        assertThat(snap.regions()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Amsterdam");
            assertThat(snap.mentionsIn(r.code())).singleElement().satisfies(m -> {
                assertThat(m.mention().postcode()).isNull();
                assertThat(m.mention().geo()).isNull();
            });
        });
    }

    @Test
    void listsOnlyRegionsWithMentionsInTheLastHour() {
        analytics.process(List.of(mention("Storing in Zwolle", T0)), true);
        analytics.publish();
        assertThat(analytics.snapshot().regions()).hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        analytics.publish();
        assertThat(analytics.snapshot().regions()).isEmpty();
        assertThat(analytics.snapshot().recent()).isEmpty();
    }

    @Test
    void normalLevelIsTheMeanComplaintsPerHourOfTheDaySoFar() {
        for (int hour = 0; hour < 4; hour++) {
            Instant t = T0.plus(Duration.ofHours(hour)).plusSeconds(60);
            analytics.process(List.of(mention("Storing in Zwolle", t), mention("Geen bereik in Zwolle", t)), true);
        }
        clock.set(T0.plus(Duration.ofHours(4)).plusSeconds(120));
        analytics.process(List.of(mention("Storing in Zwolle weer", clock.instant())), true);
        analytics.publish();

        RegionActivity zwolle = analytics.snapshot().regions().get(0);
        assertThat(zwolle.normal()).isEqualTo(2.0);
        assertThat(zwolle.complaints()).isEqualTo(1);
        assertThat(zwolle.ratio()).isEqualTo(0.5);
    }

    @Test
    void publishesFromItsOwnThreadAfterEachBatch() throws Exception {
        analytics.accept(List.of(mention("Storing in Zwolle", T0)));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (analytics.snapshot().version() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(analytics.snapshot().regions()).extracting(RegionActivity::name).containsExactly("Zwolle");
    }

    @Test
    void demoHistoryLeavesAnAlertActiveAndTheLastHourOnTheMap() {
        SourceConfig demo = new SourceConfig("demo", "demo", Duration.ofSeconds(1),
                Map.of("rate", 4, "seed", 7), "wall.yaml", 3);
        DemoHistory history = new DemoHistory(c -> new SourceFactory(new OkHttpClient(), c)
                .create(demo, ConfigBase.classpath("org/pulsewall/demo")), T0, DemoHistory.DEFAULT_SPAN);
        while (history.hasNext()) {
            List<Mention> chunk = history.next();
            assertThat(chunk).allSatisfy(m -> assertThat(m.time()).isBefore(T0.plusMillis(1)));
            analytics.process(chunk, false);
        }
        analytics.publish();

        AnalyticsSnapshot snap = analytics.snapshot();
        assertThat(snap.newestRegionalAlert()).hasValueSatisfying(alert -> {
            assertThat(alert.cleared()).isFalse();
            assertThat(snap.region(alert.region())).hasValueSatisfying(r -> assertThat(r.alerting()).isTrue());
        });
        assertThat(snap.regions()).hasSizeGreaterThan(20)
                .allSatisfy(r -> assertThat(r.normal()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void tellsListenersOfAlertsRaisedLiveButNotOfThoseInAReplayedHistory() {
        List<Alert> heard = new ArrayList<>();
        analytics.addAlertListener(heard::add);
        analytics.process(nationalBackground(T0.minus(Duration.ofHours(76))), false);
        analytics.process(complaints("Geen bereik in Den Burg", T0.minus(Duration.ofMinutes(45))), false);
        analytics.publish();
        assertThat(analytics.snapshot().newestRegionalAlert()).as("the replay raised an alert")
                .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Texel"));
        assertThat(heard).as("nothing announced from the replayed part").isEmpty();

        analytics.process(complaints("Storing op Vlieland, geen internet", T0.minus(Duration.ofMinutes(15))), true);

        assertThat(heard).isNotEmpty().allSatisfy(a -> {
            assertThat(a.name()).isEqualTo("Vlieland");
            assertThat(a.cleared()).isFalse();
        });
    }

    /** Three days of scattered complaints in the big cities: what the detector measures normal against. */
    private List<Mention> nationalBackground(Instant from) {
        String[] cities = {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen"};
        List<Mention> batch = new ArrayList<>();
        for (int i = 0; i < 720; i++) {
            batch.add(mention("storing in " + cities[i % cities.length] + " " + i, from.plus(Duration.ofMinutes(6L * i))));
        }
        return batch;
    }

    /** Ten complaints from ten authors, one a minute from {@code from}. */
    private List<Mention> complaints(String text, Instant from) {
        List<Mention> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(mention(text + " (" + i + ")", from.plus(Duration.ofMinutes(i))));
        }
        return batch;
    }

    @Test
    void demoHistoryEndsTwoAndAHalfMinutesIntoACluster() {
        for (int minute = 0; minute < 40; minute++) {
            Instant end = T0.plus(Duration.ofMinutes(minute)).plusSeconds(17);
            Instant demoEnd = end.minus(DemoHistory.shiftFor(end));
            assertThat(Math.floorMod(demoEnd.getEpochSecond(), 1200)).isEqualTo(150);
            assertThat(DemoHistory.shiftFor(end)).isLessThan(Duration.ofMinutes(20));
        }
    }
}
