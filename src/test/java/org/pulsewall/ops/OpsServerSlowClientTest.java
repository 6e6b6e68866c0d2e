package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.AnalyticsSnapshot;

/** Slow and half-open clients, on raw sockets, cannot hold up the authorised /health. */
class OpsServerSlowClientTest {
    private static final String TOKEN = "3f9a0c41d27e8b56a1c0ffee5d4b9e72";
    private final List<Socket> stalled = new ArrayList<>();
    private OpsServer server;

    @BeforeEach
    void start() throws IOException {
        Instant now = Instant.parse("2026-11-24T07:00:00Z");
        AnalyticsSnapshot analytics = new AnalyticsSnapshot(0, now, List.of(), List.of(), Map.of());
        server = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, new OpsServer.Endpoints(
                () -> HealthReport.of(now, List.of(), List.of(), analytics), () -> "", new ScreenshotProvider() {
                    @Override
                    public int monitorCount() {
                        return 0;
                    }

                    @Override
                    public byte[] png(int monitor, Duration timeout) {
                        return new byte[0];
                    }
                }, m -> { }, d -> { }));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : stalled) {
            s.close();
        }
        server.close();
    }

    private Socket open(String firstBytes) throws IOException {
        return open(firstBytes, "127.0.0.1");
    }

    /** A connection from {@code from}, one of loopback's many addresses (127.0.0.0/8). */
    private Socket open(String firstBytes, String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(server.address(), 2000);
        s.getOutputStream().write(firstBytes.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
        return s;
    }

    /** Headers sent up to the middle, never finished. */
    private Socket halfHeaders() throws IOException {
        return open("GET /health HTTP/1.1\r\nHost: wall\r\nAuthorization: Bearer " + TOKEN + "\r\nX-Slow: ");
    }

    /** Complete headers announcing a body of which ten bytes ever arrive. */
    private Socket halfBody() throws IOException {
        return halfBody("127.0.0.1");
    }

    private Socket halfBody(String from) throws IOException {
        return open("POST /message HTTP/1.1\r\nHost: wall\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"text\":\"", from);
    }

    /** Status line of an authorised GET /health on a fresh raw connection, read within {@code limit}. */
    private String health(Duration limit) throws IOException {
        return health(limit, "127.0.0.1");
    }

    private String health(Duration limit, String from) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(server.address(), (int) limit.toMillis());
            s.setSoTimeout((int) limit.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("GET /health HTTP/1.1\r\nHost: wall\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    @Test
    void authorisedHealthAnswersWithinTwoSecondsWhileFourClientsHangHalfWay() throws IOException {
        halfHeaders();
        halfHeaders();
        halfBody();
        halfBody();

        long started = System.nanoTime();
        String status = health(Duration.ofSeconds(2));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(status).isEqualTo("HTTP/1.1 200 OK");
        assertThat(millis).as("authorised /health took %d ms", millis).isLessThan(2000);
    }

    @Test
    void halfOpenConnectionsAreClosedByTheRequestTimeLimitSoEvenMoreThanThePoolCannotStallIt() throws IOException {
        List<Socket> many = new ArrayList<>();
        for (int i = 0; i < OpsServerLimits.THREADS + 4; i++) {
            many.add(i % 2 == 0 ? halfHeaders() : halfBody());
        }

        for (Socket s : many) {
            assertThat(closedByServer(s)).isTrue();
        }
        assertThat(health(Duration.ofSeconds(2))).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void oneClientHoldsAtMostItsShareOfWorkersSoAnotherGetsHealthWithinTwoSeconds() throws IOException {
        List<Socket> many = new ArrayList<>();
        for (int i = 0; i < OpsServerLimits.THREADS + 4; i++) {
            many.add(halfBody("127.0.0.2"));
        }

        long started = System.nanoTime();
        String status = health(Duration.ofSeconds(2), "127.0.0.3");
        long millis = (System.nanoTime() - started) / 1_000_000;
        long closedAtOnce = 0;
        for (Socket s : many) {
            closedAtOnce += closedWithin(s, Duration.ofMillis(500)) ? 1 : 0;
        }

        assertThat(status).isEqualTo("HTTP/1.1 200 OK");
        assertThat(millis).as("authorised /health took %d ms", millis).isLessThan(2000);
        assertThat(closedAtOnce).isEqualTo(many.size() - ClientSlots.PER_CLIENT);
    }

    /** Whether the server closed {@code s} (with no answer) within {@code limit}. */
    private static boolean closedWithin(Socket s, Duration limit) throws IOException {
        s.setSoTimeout((int) limit.toMillis());
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    private static boolean closedByServer(Socket s) throws IOException {
        s.setSoTimeout(12_000);
        try {
            InputStream in = s.getInputStream();
            while (in.read() >= 0) {
                // a 4xx/5xx answer before the close is fine
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }
}
