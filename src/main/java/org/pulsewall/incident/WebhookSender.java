package org.pulsewall.incident;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each outage message as JSON to the NOC's webhook ({@code alerts.webhook}), one at a time in
 * order, on a thread of its own. A failure (no answer in time, 5xx, 408, 429) is retried with
 * doubling back-off until it goes through; every attempt of a message carries the same
 * {@code Idempotency-Key} (the CAP identifier), so a receiver that got an attempt whose answer was
 * lost creates no second ticket. Other 4xx answers are final and logged. The queue is bounded:
 * when the receiver is away that long, the oldest waiting message is dropped and logged.
 */
public final class WebhookSender implements Consumer<OutageMessage>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** How many messages may wait, how long an attempt may take, and the back-off between attempts. */
    public record Settings(int capacity, Duration timeout, Duration firstRetry, Duration maxRetry) {
        public static final Settings DEFAULT = new Settings(1_000, Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofMinutes(5));
    }

    private record Delivery(String key, String body) {
    }

    private final String url;
    private final Settings settings;
    private final OkHttpClient client;
    private final LinkedBlockingDeque<Delivery> queue;
    private final Thread worker;
    private volatile boolean closed;
    private volatile Delivery inFlight;

    public WebhookSender(OkHttpClient shared, String url, Settings settings) {
        this.url = url;
        this.settings = settings;
        this.client = shared.newBuilder().callTimeout(settings.timeout()).readTimeout(settings.timeout())
                .retryOnConnectionFailure(false).build();
        this.queue = new LinkedBlockingDeque<>(settings.capacity());
        this.worker = DaemonThreads.thread("alert-webhook", this::run);
        worker.start();
    }

    @Override
    public void accept(OutageMessage m) {
        Delivery d = new Delivery(m.identifier(), AlertLines.webhook(m));
        synchronized (queue) {
            while (!queue.offerLast(d)) {
                Delivery dropped = queue.pollFirst();
                if (dropped != null) {
                    LOG.warn("alert webhook queue full ({}): dropped {}", settings.capacity(), dropped.key());
                }
            }
        }
    }

    /** Messages not yet delivered (waiting or being tried). */
    public int pending() {
        return queue.size() + (inFlight != null ? 1 : 0);
    }

    private void run() {
        while (!closed) {
            try {
                inFlight = queue.takeFirst();
                deliver(inFlight);
                inFlight = null;
            } catch (InterruptedException e) {
                if (inFlight != null) {
                    queue.offerFirst(inFlight); // counted as not delivered at shutdown
                }
                return;
            }
        }
    }

    /** Tries until the receiver took it or refused it for good. */
    private void deliver(Delivery d) throws InterruptedException {
        Duration wait = settings.firstRetry();
        for (int attempt = 1; !closed; attempt++) {
            String problem = post(d);
            if (problem == null) {
                return;
            }
            if (problem.startsWith("final")) {
                LOG.warn("alert webhook refused {} for good: {}", d.key(), problem);
                return;
            }
            LOG.warn("alert webhook attempt {} for {} failed ({}); again in {} ms", attempt, d.key(), problem,
                    wait.toMillis());
            TimeUnit.MILLISECONDS.sleep(wait.toMillis());
            wait = wait.multipliedBy(2).compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait.multipliedBy(2);
        }
    }

    /** Null when delivered; else why not, starting with "final" when trying again is no use. */
    private String post(Delivery d) {
        Request request = new Request.Builder().url(url).header("Idempotency-Key", d.key())
                .post(RequestBody.create(d.body(), JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            int code = response.code();
            if (response.isSuccessful()) {
                return null;
            }
            boolean retry = code >= 500 || code == 408 || code == 429;
            return (retry ? "" : "final ") + "HTTP " + code;
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty()) {
            LOG.warn("alert webhook: {} message(s) not delivered at shutdown", queue.size());
        }
    }
}
