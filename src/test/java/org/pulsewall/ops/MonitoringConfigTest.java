package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.feed.SourceStatus;

/**
 * installer/monitoring/ against the player: the rules and the dashboard name only metrics the player
 * exports; promtool finds the rules clean and their unit tests pass; a real Prometheus scrapes an ops
 * endpoint with the token from a file. The last two need Debian's {@code prometheus} package.
 */
class MonitoringConfigTest {
    private static final Path MONITORING = Path.of("installer/monitoring");
    private static final Path RULES = MONITORING.resolve("pulsewall.rules.yml");
    private static final Path DASHBOARD = MONITORING.resolve("grafana-dashboard.json");
    private static final Pattern METRIC = Pattern.compile("\\bpulsewall_[a-z_]+[a-z]\\b");
    private static final Instant NOW = Instant.parse("2026-11-24T07:30:00Z");
    private static final String TOKEN = "7c1e55a0b3d94f28a6e0c2d19f4b8a37";

    @TempDir
    Path dir;

    @Test
    void rulesAndDashboardNameOnlyMetricsThePlayerExports() throws IOException {
        Set<String> exported = new TreeSet<>();
        Matcher sample = Pattern.compile("(?m)^(pulsewall_[a-z_]+)[ {]").matcher(metricsText());
        while (sample.find()) {
            exported.add(sample.group(1));
        }
        Set<String> named = new TreeSet<>();
        for (Path file : List.of(RULES, DASHBOARD)) {
            Matcher m = METRIC.matcher(Files.readString(file));
            while (m.find()) {
                named.add(m.group());
            }
        }

        assertThat(named).contains("pulsewall_monitor_dark", "pulsewall_source_stale", "pulsewall_heap_after_gc_bytes",
                "pulsewall_frame_pulses_per_second", "pulsewall_outage_alerts_active");
        assertThat(exported).containsAll(named);
    }

    @Test
    void promtoolFindsTheRulesCleanAndTheirUnitTestsPass() throws Exception {
        assumeTrue(onPath("promtool"), "promtool is not installed (apt-get install prometheus): rules not checked");

        Run check = run(List.of("promtool", "check", "rules", RULES.toString()), Duration.ofSeconds(60));
        Run unit = run(List.of("promtool", "test", "rules", MONITORING.resolve("pulsewall.rules.test.yml").toString()),
                Duration.ofSeconds(120));

        assertThat(check.output()).contains("SUCCESS: 6 rules found");
        assertThat(check.exitCode()).isZero();
        assertThat(unit.output()).contains("SUCCESS");
        assertThat(unit.exitCode()).as(unit.output()).isZero();
    }

    @Test
    void prometheusScrapesAnOpsEndpointWithTheTokenFromAFileAndEvaluatesTheRules() throws Exception {
        assumeTrue(onPath("prometheus"), "prometheus is not installed (apt-get install prometheus): no real scrape");
        Path tokenFile = Files.writeString(dir.resolve("pulsewall.token"), TOKEN + "\n");
        try (OpsServer ops = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, endpoints())) {
            int port = freePort();
            Files.writeString(dir.resolve("prometheus.yml"), Files.readString(MONITORING.resolve("prometheus.yml"))
                    .replace("/etc/prometheus/pulsewall.token", tokenFile.toString())
                    .replace("pulsewall.rules.yml", RULES.toAbsolutePath().toString())
                    .replace("scrape_interval: 15s", "scrape_interval: 1s")
                    .replace("evaluation_interval: 15s", "evaluation_interval: 1s")
                    .replace("[\"lobby-pc.example.net:8765\", \"sqc-pc.example.net:8765\"]",
                            "[\"127.0.0.1:" + ops.address().getPort() + "\"]"));
            Process prometheus = new ProcessBuilder("prometheus", "--config.file=" + dir.resolve("prometheus.yml"),
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            try {
                Prometheus api = new Prometheus(port);
                JsonNode dark = api.waitFor("pulsewall_monitor_dark{monitor=\"1\"}", Duration.ofSeconds(60));
                JsonNode firing = api.waitFor("ALERTS{alertname=\"PulsewallOutageAlertActive\"}", Duration.ofSeconds(30));

                assertThat(dark.path("value").path(1).asText()).isEqualTo("1");
                assertThat(api.query("up{job=\"pulsewall\"}").path(0).path("value").path(1).asText()).isEqualTo("1");
                assertThat(firing.path("metric").path("alertstate").asText()).isIn("pending", "firing");
                for (String expr : dashboardQueries()) {
                    assertThat(api.status(expr)).as(expr).isEqualTo("success");
                }
            } finally {
                prometheus.destroy();
                if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly();
                }
            }
        }
    }

    /** A wall with a dark monitor, a stale source and an outage alert, as the endpoint reports it. */
    private static OpsServer.Endpoints endpoints() {
        return new OpsServer.Endpoints(MonitoringConfigTest::health, MonitoringConfigTest::metricsText,
                new ScreenshotProvider() {
                    @Override
                    public int monitorCount() {
                        return 0;
                    }

                    @Override
                    public byte[] png(int monitor, Duration timeout) {
                        return new byte[0];
                    }
                }, m -> { }, d -> { });
    }

    private static HealthReport health() {
        AnalyticsSnapshot analytics = new AnalyticsSnapshot(0, NOW, List.of(), List.of(), java.util.Map.of());
        HealthReport report = HealthReport.of(NOW, List.of(new SourceStatus("news", "rss", NOW, NOW, 3, "HTTP 503", 4)),
                List.of(new ScreenState(0, "lobby", 0, "image", NOW)), analytics, new HealthReport.Monitors(false,
                        List.of(new MonitorHealth(0, true, true, false, NOW, false, null),
                                new MonitorHealth(1, false, false, false, NOW, true, "window not on screen"))));
        return new HealthReport(report.at(), report.healthy(), report.sources(), report.screens(),
                List.of(new HealthReport.AlertHealth("GM0448", "Texel", NOW, NOW, 6, 0.2, false)), report.power(),
                report.monitors());
    }

    private static String metricsText() {
        FeedMetrics feed = new FeedMetrics();
        org.pulsewall.feed.FeedSource news = feed.timed(new org.pulsewall.feed.FeedSource() {
            @Override
            public String id() {
                return "news";
            }

            @Override
            public String type() {
                return "rss";
            }

            @Override
            public Duration interval() {
                return Duration.ofSeconds(30);
            }

            @Override
            public List<org.pulsewall.feed.Mention> poll() {
                return List.of();
            }
        });
        try {
            news.poll();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        HeapAfterFullCollection.Reading none = HeapAfterFullCollection.Reading.NONE;
        return new WallMetrics(feed, () -> new WallMetrics.Pulses(600, 60, 16), ManagementFactory.getMemoryMXBean(),
                () -> new WallMetrics.Process(40, 120, 50_000_000L, none)).withHealth(MonitoringConfigTest::health).get();
    }

    /** Every query of the dashboard, with its variables set to match everything. */
    private static List<String> dashboardQueries() throws IOException {
        List<String> exprs = new ArrayList<>();
        new ObjectMapper().readTree(DASHBOARD.toFile()).path("panels").forEach(panel -> panel.path("targets")
                .forEach(t -> exprs.add(t.path("expr").asText().replace("$office", ".*").replace("$instance", ".*"))));
        assertThat(exprs).hasSizeGreaterThan(10);
        return exprs;
    }

    /** Prometheus's HTTP API. */
    private record Prometheus(int port) {
        private static final HttpClient HTTP = HttpClient.newHttpClient();

        JsonNode answer(String expr) throws IOException, InterruptedException {
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query="
                    + URLEncoder.encode(expr, StandardCharsets.UTF_8));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(response.body());
        }

        JsonNode query(String expr) throws IOException, InterruptedException {
            return answer(expr).path("data").path("result");
        }

        String status(String expr) throws IOException, InterruptedException {
            return answer(expr).path("status").asText();
        }

        /** The first series of {@code expr} once there is one. */
        JsonNode waitFor(String expr, Duration limit) {
            AtomicReference<JsonNode> first = new AtomicReference<>();
            Awaitility.await("Prometheus has a series for " + expr).atMost(limit).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        try {
                            JsonNode result = query(expr);
                            if (result.size() > 0) {
                                first.set(result.get(0));
                            }
                        } catch (IOException notYetListening) {
                            // Prometheus is still starting
                        }
                        return first.get() != null;
                    });
            return first.get();
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command, Duration limit) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
