package org.pulsewall.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.Backoff;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.feed.SourceStatus;
import org.pulsewall.reliability.HostileServer.Fault;

/**
 * The fault matrix: the real FeedHub, source factory and HTTP fetcher against a loopback server
 * that misbehaves in every way a field server has been seen to. For each fault: the failing
 * source turns stale and keeps its last mentions, a second source goes on publishing (the screens'
 * snapshot keeps changing), and once the server behaves the source is back within one back-off
 * period. A reader stands in for the screens: it takes the snapshot every 16 ms, as a frame would,
 * and must never wait on the failing source. Prints the table and writes it to {@code target/reliability/fault-matrix.md}.
 */
@Tag("reliability")
class FaultMatrixTest {
    static final Duration EVERY = Duration.ofMillis(250);
    static final Duration CAP = Duration.ofSeconds(3);
    static final Duration REQUEST_ALLOWANCE = Duration.ofSeconds(1);
    static final String FLAKY_HOST = "nonexistent.invalid";
    private static final Duration WAIT_LIMIT = Duration.ofSeconds(30);

    private static HostileServer plain;
    private static HostileServer tls;
    private static SelfSignedTls certificates;
    private static final AtomicBoolean dnsDown = new AtomicBoolean();

    record Row(String fault, boolean survived, long staleAfterMillis, long recoveryMillis, long periodMillis,
               long longestReadMillis, String note) {
    }

    @BeforeAll
    static void startServers(@TempDir Path dir) throws Exception {
        certificates = SelfSignedTls.create(dir);
        plain = new HostileServer(null, null);
        tls = new HostileServer(certificates.trusted(), certificates.untrusted());
    }

    @AfterAll
    static void stopServers() throws IOException {
        plain.close();
        tls.close();
    }

    @Test
    void everyFaultIsSurvivedAndRecoveredWithinOneBackOffPeriod() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Fault f : Fault.values()) {
            if (f == Fault.NONE) {
                continue;
            }
            HostileServer server = f == Fault.UNTRUSTED_TLS ? tls : plain;
            String url = (f == Fault.UNTRUSTED_TLS ? "https://localhost:" : "http://" + FLAKY_HOST + ":")
                    + server.port() + "/mentions";
            rows.add(run(f.name().toLowerCase().replace('_', ' '), url, () -> server.set(f), () -> server.set(Fault.NONE)));
        }
        String dnsUrl = "http://" + FLAKY_HOST + ":" + plain.port() + "/mentions";
        rows.add(run("dns failure", dnsUrl, () -> dnsDown.set(true), () -> dnsDown.set(false)));

        String table = table(rows);
        Path out = Path.of("target", "reliability", "fault-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
        assertThat(rows).allSatisfy(r -> assertThat(r.survived()).as(r.fault() + ": " + r.note()).isTrue());
    }

    private interface Step {
        void run() throws IOException;
    }

    private Row run(String name, String url, Step breakIt, Step mendIt) throws Exception {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        Clock clock = Clock.systemUTC();
        SourceFactory factory = new SourceFactory(client(), clock);
        FeedSource flaky = factory.create(new SourceConfig("flaky", "http-json", EVERY,
                Map.of("url", url, "items", "/data", "timeout", "2s"), "wall.yaml", 1), ConfigBase.directory(Path.of(".")));
        SteadySource steady = new SteadySource(EVERY);
        MentionStore store = new MentionStore(10_000, Duration.ofHours(1), clock);
        Backoff backoff = new Backoff(CAP);
        try (FeedHub hub = new FeedHub(List.of(flaky, steady), UnaryOperator.identity(), store, null, pool, clock,
                new Random(7), backoff)) {
            hub.start();
            if (!await(() -> status(hub, "flaky").lastSuccess() != null)) {
                return new Row(name, false, -1, -1, -1, -1, "never fetched before the fault: " + status(hub, "flaky").lastError());
            }
            List<String> before = ids(hub.snapshot());
            long steadyBefore = status(hub, "steady").mentionsReceived();
            ScreenReader screen = ScreenReader.start(hub::snapshot);
            long faultAt = System.nanoTime();
            breakIt.run();
            boolean turnedStale = await(() -> status(hub, "flaky").stale());
            long staleAfter = millisSince(faultAt);
            await(() -> status(hub, "flaky").consecutiveFailures() >= 4);
            SourceStatus broken = status(hub, "flaky");
            FeedSnapshot during = hub.snapshot();
            boolean keptData = ids(during).containsAll(before);
            boolean othersFine = !status(hub, "steady").stale() && status(hub, "steady").mentionsReceived() > steadyBefore;
            long period = period(name, backoff, broken.consecutiveFailures());
            long mendAt = System.nanoTime();
            mendIt.run();
            boolean recovered = await(() -> !status(hub, "flaky").stale());
            long recovery = millisSince(mendAt);
            ScreenReader.Figures reads = screen.stop();
            boolean inTime = recovered && recovery <= period + REQUEST_ALLOWANCE.toMillis();
            boolean screenFine = reads.longestMillis() < 100 && reads.versionsSeen() > 1;
            String note = !turnedStale ? "never turned stale" : !screenFine ? "the screens' snapshot stalled"
                    : !keptData ? "lost its last mentions" : !othersFine ? "the other source suffered"
                    : !recovered ? "did not recover" : !inTime ? "recovered late"
                    : first(broken.lastError(), 70);
            return new Row(name, turnedStale && keptData && othersFine && inTime && screenFine, staleAfter, recovery,
                    period, reads.longestMillis(), note);
        } finally {
            pool.shutdownNow();
            dnsDown.set(false);
        }
    }

    /** The longest wait a failing source may be in when the server comes back: Retry-After, or the back-off ceiling. */
    private static long period(String name, Backoff backoff, int failures) {
        if (name.contains("429")) {
            return Duration.ofSeconds(HostileServer.RETRY_AFTER_SECONDS).toMillis();
        }
        return backoff.ceiling(EVERY, failures + 1).toMillis();
    }

    private static OkHttpClient client() {
        Dns dns = host -> {
            if (dnsDown.get()) {
                return Dns.SYSTEM.lookup(FLAKY_HOST); // a real lookup of a name that never exists
            }
            if (host.equals(FLAKY_HOST) || host.equals("localhost")) {
                return List.of(InetAddress.getLoopbackAddress());
            }
            throw new UnknownHostException(host + " (only loopback in this test)");
        };
        return new OkHttpClient.Builder().dns(dns)
                .sslSocketFactory(certificates.clientFactory(), certificates.clientTrust()).build();
    }

    private static SourceStatus status(FeedHub hub, String id) {
        return hub.statuses().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(FeedSnapshot s) {
        return s.mentions().stream().map(Mention::id).filter(id -> id.startsWith("hostile-")).toList();
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String first(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder("| fault | survived | stale after (ms) | recovery (ms) | back-off period (ms) | longest snapshot read (ms) | error seen |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Row r : rows) {
            b.append(String.format(java.util.Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %s |%n", r.fault(),
                    r.survived() ? "yes" : "NO", r.staleAfterMillis(), r.recoveryMillis(), r.periodMillis(),
                    r.longestReadMillis(),
                    r.note().replace("|", "/")));
        }
        return b.toString();
    }
}
