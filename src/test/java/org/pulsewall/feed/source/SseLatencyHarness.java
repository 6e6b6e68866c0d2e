package org.pulsewall.feed.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionStore;

/**
 * Measures how long a mention takes from the moment an event-stream server writes it to the moment
 * it is visible in {@link FeedHub#snapshot()}: a loopback server writes events at known times, a
 * real hub on a real scheduler runs an sse source, and a watcher reads snapshots every millisecond.
 * The server is a plain socket because it must flush each event at a moment it records.
 */
final class SseLatencyHarness {
    /** Send-to-visible latencies in milliseconds, sorted, and the counts behind them. */
    record Result(double[] millis, int sent, int seen) {
        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, i))];
        }

        String summary() {
            return String.format(java.util.Locale.ROOT, "sse send->snapshot over %d/%d events: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    seen, sent, percentile(50), percentile(99), millis.length == 0 ? Double.NaN : millis[millis.length - 1]);
        }
    }

    private SseLatencyHarness() {
    }

    static Result measure(int events, Duration spacing) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        OkHttpClient http = new OkHttpClient();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> serve(listener, events, spacing, sentAt), "latency-sse-server");
            server.setDaemon(true);
            server.start();
            Clock clock = Clock.systemUTC();
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/mentions";
            FeedSource source = new SourceFactory(http, clock).create(new SourceConfig("live", "sse", null,
                    Map.of("url", url, "firstWait", "10ms"), "latency.yaml", 1), ConfigBase.classpath("/x"));
            MentionStore store = new MentionStore(events * 2, Duration.ofDays(1), clock);
            try (FeedHub hub = new FeedHub(java.util.List.of(source), UnaryOperator.identity(), store, null, pool, clock, new Random(1))) {
                hub.start();
                long deadline = System.nanoTime() + spacing.multipliedBy(events).plusSeconds(5).toNanos();
                long version = -1;
                while (seenAt.size() < events && System.nanoTime() < deadline) {
                    FeedSnapshot s = hub.snapshot();
                    if (s.version() != version) {
                        version = s.version();
                        long now = System.nanoTime();
                        for (Mention m : s.mentions()) {
                            seenAt.putIfAbsent(m.id(), now);
                        }
                    }
                    Thread.sleep(1);
                }
            }
            server.join(2000);
        } finally {
            pool.shutdownNow();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        double[] millis = seenAt.entrySet().stream().filter(e -> sentAt.containsKey(e.getKey()))
                .mapToDouble(e -> (e.getValue() - sentAt.get(e.getKey())) / 1e6).sorted().toArray();
        return new Result(millis, sentAt.size(), millis.length);
    }

    private static void serve(ServerSocket listener, int events, Duration spacing, Map<String, Long> sentAt) {
        try (Socket socket = listener.accept()) {
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[8192];
            String head = "";
            while (!head.contains("\r\n\r\n")) {
                int n = in.read(buf);
                if (n < 0) {
                    return;
                }
                head += new String(buf, 0, n, StandardCharsets.ISO_8859_1);
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            long start = System.nanoTime() + Duration.ofMillis(300).toNanos(); // let the hub settle
            for (int i = 0; i < events; i++) {
                long due = start + i * spacing.toNanos();
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String id = "lat-" + i;
                byte[] event = ("id: " + i + "\ndata: {\"id\":\"" + id + "\",\"time\":\"" + Instant.now()
                        + "\",\"text\":\"Geen bereik " + i + "\"}\n\n").getBytes(StandardCharsets.UTF_8);
                sentAt.put(id, System.nanoTime());
                out.write(event);
                out.flush();
            }
            Thread.sleep(1000); // keep the line open while the last events are collected
        } catch (IOException e) {
            // the client went away: the measurement ends with what was sent
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints the figures: {@code mvn -q test-compile exec:java} is not set up, run it from an IDE or with java -cp. */
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Result r = measure(events, Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 17));
        System.out.println(r.summary());
        System.out.println("sorted sample (ms): " + Arrays.toString(Arrays.copyOf(r.millis(), Math.min(10, r.millis().length))) + " …");
    }
}
