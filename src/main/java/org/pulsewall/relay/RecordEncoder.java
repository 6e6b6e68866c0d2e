package org.pulsewall.relay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.pulsewall.feed.Mention;
import org.pulsewall.threads.DaemonThreads;

/**
 * Turns a batch of mentions into the records the relay publishes (key: the mention id, value: its
 * enriched NDJSON line in UTF-8), in the batch's order. Enrichment and encoding cost about as much
 * as the producer's own work per record, so a large batch is split over the machine's other cores
 * while the calling thread encodes a share itself; a small one is encoded on the calling thread.
 * {@code lines} must be safe to call from several threads (the enrichment only reads its tables).
 */
final class RecordEncoder implements AutoCloseable {
    /** The fewest mentions worth handing to another thread; below two of them the caller encodes alone. */
    static final int SHARE = 128;

    private final String topic;
    private final Function<Mention, byte[]> lines;
    private final ExecutorService helpers;
    private final int helperThreads;

    RecordEncoder(String topic, Function<Mention, byte[]> lines, int helperThreads) {
        this.topic = topic;
        this.lines = lines;
        this.helperThreads = helperThreads;
        this.helpers = helperThreads < 1 ? null
                : Executors.newFixedThreadPool(helperThreads, DaemonThreads.numbered("relay-encode"));
    }

    /** One helper per core beyond the caller's. */
    static int helpersForThisMachine() {
        return Runtime.getRuntime().availableProcessors() - 1;
    }

    /** The records of {@code batch}, in its order. */
    List<RecordPublisher.Outgoing> encode(List<Mention> batch) {
        if (helpers == null || batch.size() < 2 * SHARE) {
            return encodeShare(batch);
        }
        int parts = Math.min(helperThreads + 1, batch.size() / SHARE);
        int size = (batch.size() + parts - 1) / parts;
        int last = (parts - 1) * size;
        List<Future<List<RecordPublisher.Outgoing>>> shares = new ArrayList<>();
        for (int from = 0; from < last; from += size) {
            List<Mention> share = batch.subList(from, from + size);
            shares.add(helpers.submit(() -> encodeShare(share)));
        }
        List<RecordPublisher.Outgoing> tail = encodeShare(batch.subList(last, batch.size()));
        List<RecordPublisher.Outgoing> records = new ArrayList<>(batch.size());
        for (Future<List<RecordPublisher.Outgoing>> share : shares) {
            records.addAll(result(share));
        }
        records.addAll(tail);
        return records;
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    private List<RecordPublisher.Outgoing> encodeShare(List<Mention> share) {
        List<RecordPublisher.Outgoing> records = new ArrayList<>(share.size());
        for (Mention m : share) {
            records.add(new RecordPublisher.Outgoing(topic, m.id().getBytes(StandardCharsets.UTF_8), lines.apply(m)));
        }
        return records;
    }

    private static List<RecordPublisher.Outgoing> result(Future<List<RecordPublisher.Outgoing>> share) {
        try {
            return share.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding mentions", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
