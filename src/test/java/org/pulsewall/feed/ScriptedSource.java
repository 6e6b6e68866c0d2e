package org.pulsewall.feed;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A source that answers each poll with the next scripted result: mentions or an exception. */
final class ScriptedSource implements FeedSource {
    private final String id;
    private final Duration interval;
    private final Deque<Object> script = new ArrayDeque<>();
    final AtomicInteger polls = new AtomicInteger();
    volatile boolean closed;

    ScriptedSource(String id, Duration interval) {
        this.id = id;
        this.interval = interval;
    }

    ScriptedSource then(List<Mention> mentions) {
        script.addLast(mentions);
        return this;
    }

    ScriptedSource thenFail(Exception e) {
        script.addLast(e);
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return "scripted";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized List<Mention> poll() throws Exception {
        polls.incrementAndGet();
        Object next = script.isEmpty() ? List.of() : script.pollFirst();
        if (next instanceof Exception e) {
            throw e;
        }
        return (List<Mention>) next;
    }

    @Override
    public void close() {
        closed = true;
    }
}
