package org.pulsewall.map;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.demo.DemoHistory;
import org.pulsewall.analytics.LiveAnalytics;
import org.pulsewall.analytics.LocatedMention;
import org.pulsewall.analytics.RegionActivity;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.scene.SceneContext;

/** Analytics snapshots and contexts for map tests and previews. */
final class MapFixtures {
    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
    /** Lelystad, in Flevoland. */
    static final RegionActivity LELYSTAD = new RegionActivity("GM0995", "Lelystad", "NL", 52.5185, 5.4714, 40, 31,
            2.0, -0.7, true);
    static final RegionActivity UTRECHT = new RegionActivity("GM0344", "Utrecht", "NL", 52.0907, 5.1214, 25, 3, 4.0,
            -0.1, false);
    static final RegionActivity ZEIST = new RegionActivity("GM0355", "Zeist", "NL", 52.0894, 5.2333, 6, 1, 1.0,
            0.3, false);

    private MapFixtures() {
    }

    static AnalyticsSnapshot withAlert() {
        Alert alert = new Alert("GM0995", "Lelystad", NOW.minus(Duration.ofMinutes(24)), NOW.minus(Duration.ofMinutes(3)),
                31, 2.0, List.of("m1", "m2"), false, false);
        Mention complaint = Mention.builder("m1", NOW.minusSeconds(90), "Geen bereik in Lelystad, wat is er aan de hand?")
                .author("@sanne").postcode("8232AB").sentiment(-0.7).build();
        Mention profane = Mention.builder("m2", NOW.minusSeconds(60), "Kut storing in Lelystad")
                .author("@henk").sentiment(-0.9).maskedText("K** storing in Lelystad").build();
        return new AnalyticsSnapshot(7, NOW, List.of(LELYSTAD, UTRECHT, ZEIST), List.of(alert), Map.of(
                "GM0995", List.of(new LocatedMention(profane, "GM0995", "Lelystad", true),
                        new LocatedMention(complaint, "GM0995", "Lelystad", true))));
    }

    static AnalyticsSnapshot quiet(long version) {
        RegionActivity calm = new RegionActivity("GM0995", "Lelystad", "NL", 52.5185, 5.4714, 3, 1, 2.0, 0.1, false);
        return new AnalyticsSnapshot(version, NOW, List.of(calm, UTRECHT), List.of(), Map.of());
    }

    static SceneContext context(Map<String, String> params, ProfanityPolicy policy, Clock clock) {
        PlaylistItem item = new PlaylistItem("map", Duration.ofSeconds(30), params, null, "playlists/sqc.yaml", 4);
        return new SceneContext(item, policy, m -> true, clock, ConfigBase.directory(java.nio.file.Path.of(".")));
    }

    /** A day and more of the demo stream through live analytics, as the demo wall starts with. */
    static AnalyticsSnapshot demoDay() {
        SourceConfig demo = new SourceConfig("demo", "demo", Duration.ofSeconds(1), Map.of("rate", 4, "seed", 11),
                "wall.yaml", 4);
        OkHttpClient http = new OkHttpClient();
        DemoHistory history = new DemoHistory(c -> new SourceFactory(http, c)
                .create(demo, ConfigBase.classpath("org/pulsewall/demo")), NOW, DemoHistory.DEFAULT_SPAN);
        try (LiveAnalytics analytics = LiveAnalytics.withDefaults(LocationResolver.fromConfig(Map.of(), null), CLOCK)) {
            analytics.replay(history);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (analytics.snapshot().version() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            return analytics.snapshot();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
