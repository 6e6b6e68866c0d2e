package org.pulsewall.reliability;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A loopback HTTP server that misbehaves on demand, written on raw sockets so that it can do what
 * a well-behaved server library would not: reset a connection mid-body, drip a byte a second,
 * never answer, send 50 MB, loop redirects, present an untrusted certificate, or be gone.
 * While {@link Fault#NONE} it answers every request with one new mention as JSON.
 */
final class HostileServer implements Closeable {

    /** What the server does to the next request. */
    enum Fault {
        NONE, HTTP_500, HTTP_502, HTTP_503, HTTP_429_RETRY_AFTER, TIMEOUT, RESET_MID_BODY, TRUNCATED_JSON,
        INVALID_JSON, WRONG_CONTENT_TYPE, BODY_50_MB, DRIP_ONE_BYTE_PER_SECOND, REDIRECT_LOOP, UNTRUSTED_TLS, DOWN
    }

    static final int RETRY_AFTER_SECONDS = 2;
    private static final long FIFTY_MB = 50L << 20;

    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);
    private final AtomicLong served = new AtomicLong();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final SSLContext trusted;
    private final SSLContext untrusted;
    private volatile ServerSocket socket;
    private volatile int port;

    /** @param trusted null for plain HTTP; else TLS with this identity, {@code untrusted} in UNTRUSTED_TLS */
    HostileServer(SSLContext trusted, SSLContext untrusted) throws IOException {
        this.trusted = trusted;
        this.untrusted = untrusted;
        bind(0);
    }

    int port() {
        return port;
    }

    long served() {
        return served.get();
    }

    /** Switches behaviour; leaving a fault drops hanging connections, as a restarted server would. */
    synchronized void set(Fault next) throws IOException {
        Fault before = fault.getAndSet(next);
        if (next == Fault.DOWN) {
            socket.close();
        } else if (before == Fault.DOWN) {
            bind(port);
        }
        if (next == Fault.NONE) {
            for (Socket s : open) {
                closeQuietly(s);
            }
        }
    }

    private void bind(int wanted) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
        socket = s;
        port = s.getLocalPort();
        connections.execute(() -> acceptAll(s));
    }

    private void acceptAll(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                connections.execute(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket raw) {
        Socket s = raw;
        try {
            Fault now = fault.get();
            if (trusted != null) {
                SSLContext identity = now == Fault.UNTRUSTED_TLS ? untrusted : trusted;
                SSLSocket tls = (SSLSocket) identity.getSocketFactory().createSocket(raw, null, raw.getPort(), true);
                tls.setUseClientMode(false);
                tls.startHandshake();
                s = tls;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                // the request line and headers do not matter
            }
            respond(fault.get(), s, s.getOutputStream());
        } catch (IOException | InterruptedException e) {
            // the client gave up, or the fault ended the connection: both expected here
        } finally {
            open.remove(raw);
            closeQuietly(s);
        }
    }

    private void respond(Fault f, Socket s, OutputStream out) throws IOException, InterruptedException {
        switch (f) {
            case NONE, UNTRUSTED_TLS, DOWN -> send(out, 200, "application/json", "", mentionJson());
            case HTTP_500 -> send(out, 500, "text/plain", "", "internal error");
            case HTTP_502 -> send(out, 502, "text/html", "", "<html>bad gateway</html>");
            case HTTP_503 -> send(out, 503, "text/plain", "", "maintenance");
            case HTTP_429_RETRY_AFTER -> send(out, 429, "text/plain", "Retry-After: " + RETRY_AFTER_SECONDS + "\r\n", "slow down");
            case TIMEOUT -> hang();
            case RESET_MID_BODY -> resetMidBody(s, out);
            case TRUNCATED_JSON -> send(out, 200, "application/json", "", "{\"data\":[{\"id\":\"t1\",\"text\":\"cut o");
            case INVALID_JSON -> send(out, 200, "application/json", "", "{data: [not json at all,,]}");
            case WRONG_CONTENT_TYPE -> send(out, 200, "text/html", "", "<!doctype html><html><body>login</body></html>");
            case BODY_50_MB -> fiftyMegabytes(out);
            case DRIP_ONE_BYTE_PER_SECOND -> drip(out);
            case REDIRECT_LOOP -> send(out, 302, "text/plain", "Location: /again\r\n", "");
        }
    }

    private String mentionJson() {
        long n = served.incrementAndGet();
        return "{\"data\":[{\"id\":\"hostile-" + n + "\",\"time\":\"" + Instant.now() + "\",\"text\":\"fine again " + n + "\"}]}";
    }

    private static void send(OutputStream out, int code, String type, String extraHeaders, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + code + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private void hang() throws InterruptedException {
        while (fault.get() == Fault.TIMEOUT) {
            Thread.sleep(50);
        }
    }

    private static void resetMidBody(Socket s, OutputStream out) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
                + "{\"data\":[{\"id\":\"r1\",\"text\":\"half").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        s.setSoLinger(true, 0); // close now sends RST instead of FIN
    }

    /** No Content-Length: the client cannot refuse up front and must stop reading on its own. */
    private void fiftyMegabytes(OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"data\":[\""
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.ISO_8859_1);
        for (long sent = 0; sent < FIFTY_MB && fault.get() == Fault.BODY_50_MB; sent += chunk.length) {
            out.write(chunk);
        }
        out.write("\"]}".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void drip(OutputStream out) throws IOException, InterruptedException {
        String body = "{\"data\":[{\"id\":\"drip\",\"text\":\"" + "d".repeat(600) + "\"}]}";
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < body.length() && fault.get() == Fault.DRIP_ONE_BYTE_PER_SECOND; i++) {
            out.write(body.charAt(i));
            out.flush();
            Thread.sleep(1000);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            closeQuietly(s);
        }
        connections.shutdownNow();
    }
}
