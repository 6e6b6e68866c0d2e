package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.KioskConfig;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.StoreConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.incident.CapWriter;
import org.pulsewall.incident.Incidents;
import org.pulsewall.incident.OutageAreas;
import org.pulsewall.incident.OutageFeed;
import org.pulsewall.ops.HealthReport;
import org.pulsewall.ops.IncidentRoutes;
import org.pulsewall.ops.OpsServer;
import org.pulsewall.ops.ScreenState;
import org.pulsewall.ops.ScreenshotProvider;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;

/** {@code POST /safe} on the ops endpoint switches both monitors of a wall to the safe playlist within a second, and back. */
class WallSafeTest {
    private static final List<MonitorInfo> TWO_MONITORS = List.of(
            new MonitorInfo(1, 0, 0, 640, 480, 1, true),
            new MonitorInfo(2, 640, 0, 320, 240, 1, false));
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final String TOKEN = "safe-token";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final Incidents incidents = Incidents.none();
    private final HttpClient http = HttpClient.newHttpClient();
    private Wall wall;
    private OpsServer ops;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @AfterEach
    void close() {
        if (ops != null) {
            ops.close();
        }
        if (wall != null) {
            Fx.run(wall::close);
        }
    }

    @Test
    void postSafeSwitchesBothMonitorsWithinASecondAndDeleteSwitchesThemBack() throws Exception {
        show();
        startOps();
        assertThat(playlists()).containsExactly("lobby", "webcare");
        assertThat(request("GET").body()).as("client warmed up").isEqualTo("{\"safe\":false}");

        long switched = timeUntil("POST", List.of("safe", "safe"));
        assertThat(Fx.call(() -> wall.screenStates()).stream().map(ScreenState::scene).toList()).containsOnly("calm");
        clock.advance(Duration.ofSeconds(30)); // items end: the screens stay safe
        Thread.sleep(400);
        assertThat(playlists()).containsExactly("safe", "safe");

        long back = timeUntil("DELETE", List.of("lobby", "webcare"));
        org.slf4j.LoggerFactory.getLogger(WallSafeTest.class).info("safe on in {} ms, off in {} ms", switched, back);
        assertThat(switched).isLessThan(1000);
        assertThat(back).isLessThan(1000);
    }

    /** Sends the request and returns the milliseconds until both monitors play {@code expected}. */
    private long timeUntil(String method, List<String> expected) throws Exception {
        long start = System.nanoTime();
        assertThat(request(method).statusCode()).isEqualTo(202);
        while (!playlists().equals(expected) && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(10);
        }
        assertThat(playlists()).isEqualTo(expected);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private HttpResponse<String> request(String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.address().getPort() + "/safe"))
                .header("Authorization", "Bearer " + TOKEN).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> playlists() {
        return Fx.call(() -> wall.screenStates()).stream().map(ScreenState::playlist).toList();
    }

    private void startOps() throws Exception {
        ops = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, new OpsServer.Endpoints(
                () -> HealthReport.of(T0, List.of(), List.of(), AnalyticsSnapshot.EMPTY), () -> "",
                new ScreenshotProvider() {
                    @Override
                    public int monitorCount() {
                        return 2;
                    }

                    @Override
                    public byte[] png(int monitor, Duration timeout) {
                        return new byte[0];
                    }
                }, m -> { }, d -> { }))
                .withIncidents(new IncidentRoutes(incidents,
                        new OutageFeed(new CapWriter(new OutageAreas(Gazetteer.bundled())), clock)));
    }

    private void show() {
        AlertsConfig alerts = new AlertsConfig(null, true, Duration.ofMinutes(2), List.of(), List.of(), null, "safe", null);
        WallConfig config = new WallConfig(ConfigBase.directory(dir), List.of(), ModerationConfig.DEFAULT, Map.of(),
                Map.of(), List.of(new ScreenConfig("1", "lobby", null, null, 1),
                new ScreenConfig("2", "webcare", null, null, 1)),
                Map.of("lobby", playlist("lobby", "a", "b"), "webcare", playlist("webcare", "x", "y"),
                        "safe", playlist("safe", "calm")),
                new KioskConfig(false, "Ctrl+Alt+Shift+Q", false), StoreConfig.DEFAULT, Map.of(), alerts);
        TestScenes scenes = new TestScenes();
        wall = Fx.call(() -> {
            Wall w = new Wall(config, new ScreenPlayer.Services(scenes, topic -> m -> true, () -> FeedSnapshot.EMPTY,
                    clock, () -> AnalyticsSnapshot.EMPTY, incidents), () -> { }, () -> TWO_MONITORS,
                    new PulseMeter(false), Wall.FADE);
            w.show();
            return w;
        });
    }

    private static Playlist playlist(String name, String... sceneNames) {
        List<PlaylistItem> items = java.util.Arrays.stream(sceneNames)
                .map(s -> new PlaylistItem(s, Duration.ofSeconds(10), Map.of(), null, name + ".yaml", 2))
                .toList();
        return new Playlist(name, items, null, name + ".yaml");
    }
}
