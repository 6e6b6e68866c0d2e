package org.pulsewall.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.pulsewall.analytics.LiveAnalytics;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;

/**
 * A demo stream's made-up past, for {@link LiveAnalytics#replay}: the detector needs a day of
 * history before it trusts its normal levels, and a demo wall should show an alert at once rather
 * than at the demo's next outage cluster. The demo source is run on a clock of its own over
 * {@code span} before {@code end}, in chunks, and its mentions are moved forward in time by less
 * than one cluster period so that the history ends a few minutes into an outage cluster.
 *
 * <p>The demo draws its authors from a few thousand handles, fewer than a real day brings, and the
 * detector counts one complaint per author per window: in the history every post is given a
 * numbered handle of its own, so that the cluster at its end stands out as it would in real traffic.
 *
 * <p>The phase below mirrors the demo source: a cluster in the first four minutes of every twenty,
 * at a place that depends on the time only.
 */
public final class DemoHistory implements Iterator<List<Mention>> {
    /** A day of hours to learn plus the detector's long window and some margin. */
    public static final Duration DEFAULT_SPAN = Duration.ofHours(29);
    static final long CLUSTER_PERIOD_SECONDS = 20 * 60;
    /** How far into a cluster the history ends: enough complaints to alert, not the whole cluster. */
    static final long END_INTO_CLUSTER_SECONDS = 150;
    private static final Duration CHUNK = Duration.ofMinutes(5);

    private final SteppedClock sourceClock;
    private final FeedSource source;
    private final Duration shift;
    private final Instant sourceEnd;
    private long authors;

    /**
     * @param demoSource builds the demo source on the clock given (same settings as the live one)
     * @param end        where the history stops in real time (where the live stream takes over)
     */
    public DemoHistory(Function<Clock, FeedSource> demoSource, Instant end, Duration span) {
        this.shift = shiftFor(end);
        this.sourceEnd = end.minus(shift);
        this.sourceClock = new SteppedClock(sourceEnd.minus(span));
        this.source = demoSource.apply(sourceClock);
    }

    /** How far the demo's time is moved forward so that {@code end} falls just into a cluster. */
    public static Duration shiftFor(Instant end) {
        long seconds = Math.floorMod(end.getEpochSecond() - END_INTO_CLUSTER_SECONDS, CLUSTER_PERIOD_SECONDS);
        return Duration.ofSeconds(seconds);
    }

    Duration shift() {
        return shift;
    }

    @Override
    public boolean hasNext() {
        return sourceClock.now.isBefore(sourceEnd);
    }

    @Override
    public List<Mention> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Instant step = sourceClock.now.plus(CHUNK);
        sourceClock.now = step.isAfter(sourceEnd) ? sourceEnd : step;
        try {
            return source.poll().stream().map(this::moved).toList();
        } catch (Exception e) {
            throw new IllegalStateException("demo history failed: " + e.getMessage(), e);
        }
    }

    private Mention moved(Mention m) {
        // a handle like the demo's own (@noor24), numbered so that no two posts share one
        String author = m.author() == null ? null
                : m.author().replaceAll("\\d+$", "") + (10 + ++authors % 999_990);
        return m.toBuilder().time(m.time().plus(shift)).author(author).build();
    }

    /** A clock that only moves when the history steps it. */
    private static final class SteppedClock extends Clock {
        private Instant now;

        SteppedClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
