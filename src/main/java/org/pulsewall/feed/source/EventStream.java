package org.pulsewall.feed.source;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.pulsewall.feed.Backoff;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one server-sent-events connection open on its own thread and hands every event to a
 * handler. When the connection drops it reconnects with capped, jittered back-off (or the delay the
 * server asked for with {@code retry:} or Retry-After), sending {@code Last-Event-ID} so the server
 * can resend what was missed. Its state can be read from any thread; {@link #close()} stops it.
 */
final class EventStream implements AutoCloseable {
    static final Duration RECONNECT_BASE = Duration.ofSeconds(1);
    static final Duration RECONNECT_CAP = Duration.ofSeconds(30);
    /** Servers send heartbeats (comments) well within this; silence longer than it means a dead line. */
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final String name;
    private final OkHttpClient client;
    private final String url;
    private final HttpFetcher.Options options;
    private final SseParser.Handler handler;
    private final Backoff backoff;
    private final Random jitter;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread reader;
    private volatile Call call;
    private volatile boolean closed;
    private volatile boolean connected;
    private volatile int refusedCode;
    private volatile String lastError;
    private volatile long connections;
    private volatile long retryAtNanos;
    private volatile Duration serverRetry;
    private volatile String lastEventId;
    private int failures;

    EventStream(String name, OkHttpClient shared, Duration readTimeout, String url, HttpFetcher.Options options,
                SseParser.Handler handler, Random jitter) {
        this.name = name;
        this.client = shared.newBuilder().readTimeout(readTimeout).callTimeout(Duration.ZERO).build();
        this.url = url;
        this.options = options;
        this.handler = handler;
        this.backoff = new Backoff(RECONNECT_CAP);
        this.jitter = jitter;
    }

    /** Starts the reading thread; a second call does nothing. */
    synchronized void start() {
        if (reader != null || closed) {
            return;
        }
        Thread t = DaemonThreads.thread("event-stream-" + name, this::run);
        reader = t;
        t.start();
    }

    boolean started() {
        return reader != null;
    }

    boolean connected() {
        return connected;
    }

    /** How many times a connection was opened. */
    long connections() {
        return connections;
    }

    /** The HTTP status with which the server refused the stream (401, 403, 404, …), or 0. */
    int refusedCode() {
        return refusedCode;
    }

    /** Why the last connection failed or ended; null while the first one is still fine. */
    String lastError() {
        return lastError;
    }

    String lastEventId() {
        return lastEventId;
    }

    /** Time until the next connection attempt while disconnected; zero when connected. */
    Duration retryIn() {
        long left = retryAtNanos - System.nanoTime();
        return connected || left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /**
     * When a source reading this stream should look again after reporting it down: at the next
     * connection attempt, but not sooner than its own interval.
     */
    Duration nextLook(Duration interval) {
        Duration wait = retryIn();
        return wait.compareTo(interval) > 0 ? wait : interval;
    }

    private void run() {
        try {
            while (!closed) {
                try {
                    connectAndRead();
                    lastError = "stream " + url + " ended";
                } catch (IOException e) {
                    lastError = closed ? lastError : e.getMessage() == null ? e.toString() : e.getMessage();
                } catch (RuntimeException e) {
                    // whatever a server sends must not end the thread: log it and reconnect like after a drop
                    lastError = "stream " + url + " failed: " + e.getClass().getSimpleName();
                    LOG.warn("{}: {}; reconnecting", name, lastError, e);
                } finally {
                    connected = false;
                }
                if (closed) {
                    return;
                }
                failures++;
                Duration wait = serverRetry != null ? serverRetry : backoff.delay(RECONNECT_BASE, failures, jitter);
                serverRetry = null;
                retryAtNanos = System.nanoTime() + wait.toNanos();
                LOG.debug("{}: {}; reconnecting in {} ms", name, lastError, wait.toMillis());
                if (stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void connectAndRead() throws IOException {
        Request.Builder b = HttpFetcher.requestBuilder(url, options)
                .header("Accept", "text/event-stream")
                .header("Cache-Control", "no-cache");
        if (lastEventId != null && sendable(lastEventId)) {
            b.header("Last-Event-ID", lastEventId);
        } else if (lastEventId != null) {
            LOG.warn("{}: the server's last event id is not a sendable header value; reconnecting without it", name);
            lastEventId = null;
        }
        Call c = client.newCall(b.build());
        call = c;
        if (closed) {
            c.cancel();
        }
        try (Response response = c.execute()) {
            checkStatus(response);
            ResponseBody body = response.body();
            if (body == null) {
                throw new IOException("stream " + url + " has no body");
            }
            connected = true;
            connections++;
            failures = 0;
            refusedCode = 0;
            SseParser parser = new SseParser(body.source(), options.maxBytes(), lastEventId);
            parser.readAll(new SseParser.Handler() {
                @Override
                public void event(SseParser.Event event) {
                    lastEventId = event.id();
                    deliver(event);
                }

                @Override
                public void retry(Duration delay) {
                    serverRetry = delay.compareTo(RECONNECT_CAP) > 0 ? RECONNECT_CAP : delay;
                }
            });
        }
    }

    /** A header value HTTP (and OkHttp) allows: visible ASCII and spaces, at most 1024 characters. */
    static boolean sendable(String value) {
        return value.length() <= 1024 && value.chars().allMatch(c -> c == ' ' || c == '\t' || (c > 0x20 && c < 0x7f));
    }

    private void checkStatus(Response response) throws IOException {
        int code = response.code();
        if (code == 429 || code == 503) {
            serverRetry = HttpFetcher.retryAfter(response.header("Retry-After"), java.time.Instant.now());
            throw new IOException("HTTP " + code + " from " + url);
        }
        if (!response.isSuccessful() || code == 204) {
            refusedCode = code;
            throw new IOException("HTTP " + code + " from " + url);
        }
        String type = response.header("Content-Type", "");
        if (!type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
            refusedCode = code;
            throw new IOException("stream " + url + " answered " + (type.isEmpty() ? "without a content type" : type)
                    + ", not text/event-stream");
        }
    }

    private void deliver(SseParser.Event event) {
        try {
            handler.event(event);
        } catch (RuntimeException e) {
            // one bad event must not end the stream
            LOG.warn("{}: event {} could not be handled: {}", name, event.id(), e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        stopped.countDown();
        Call c = call;
        if (c != null) {
            c.cancel();
        }
        Thread t = reader;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
