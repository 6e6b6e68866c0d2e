package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pulsewall.feed.Mention;

/**
 * How fast the operator's webcare accounts answer: of the conversations (customer mentions of the
 * topic that are no replies themselves) that started within the window, the time to the first reply by one of the accounts
 * (a mention whose {@code replyTo} names it), the ones still open, and the breaches of the promise
 * (a first reply later than the promise, or open for longer than the promise).
 *
 * <p>Without accounts every reply by somebody other than the customer counts as an answer.
 *
 * @param answered conversations with a first reply
 * @param withinPromise answered ones whose first reply came within the promise
 * @param median median time to the first reply; null when nothing was answered
 * @param p90 90th percentile of the time to the first reply; null when nothing was answered
 * @param open conversations without a reply yet
 * @param openTooLong open ones older than the promise
 * @param oldestOpen the longest-waiting open conversations, oldest first, at most {@link #OLDEST_SHOWN}
 */
public record ResponseTimes(Duration promise, int answered, int withinPromise, Duration median, Duration p90,
                            int open, int openTooLong, List<Mention> oldestOpen) {
    public static final int OLDEST_SHOWN = 5;

    public ResponseTimes {
        oldestOpen = List.copyOf(oldestOpen);
    }

    /** First replies later than the promise plus open conversations older than it. */
    public int breaches() {
        return answered - withinPromise + openTooLong;
    }

    /** Share of answered conversations answered within the promise, in percent; 0 when none. */
    public double withinPromisePercent() {
        return answered == 0 ? 0 : 100.0 * withinPromise / answered;
    }

    /**
     * Response times at {@code now} over the conversations started in {@code (now - window, now]}.
     *
     * @param newestFirst the snapshot's mentions; replies may be newer or older than the window
     * @param conversation which customer mentions expect an answer (the scene's topic)
     * @param accounts the webcare handles, compared case-insensitively, with or without the @
     */
    public static ResponseTimes of(List<Mention> newestFirst, Predicate<Mention> conversation, Set<String> accounts,
                                   Instant now, Duration window, Duration promise) {
        Set<String> handles = accounts.stream().map(ResponseTimes::handle).collect(Collectors.toSet());
        Map<String, Mention> byId = new HashMap<>();
        for (Mention m : newestFirst) {
            byId.putIfAbsent(m.id(), m);
        }
        Map<String, Instant> firstReply = firstReplies(newestFirst, byId, handles);
        Instant from = now.minus(window);
        List<Long> waits = new ArrayList<>();
        List<Mention> open = new ArrayList<>();
        int within = 0;
        int openTooLong = 0;
        for (Mention m : newestFirst) {
            if (!m.time().isAfter(from) || m.time().isAfter(now) || m.replyTo() != null || byAccount(m, handles)
                    || !conversation.test(m)) {
                continue;
            }
            Instant reply = firstReply.get(m.id());
            if (reply != null && !reply.isAfter(now)) {
                long wait = Math.max(0, Duration.between(m.time(), reply).toMillis());
                waits.add(wait);
                within += wait <= promise.toMillis() ? 1 : 0;
            } else {
                open.add(m);
                openTooLong += Duration.between(m.time(), now).compareTo(promise) > 0 ? 1 : 0;
            }
        }
        waits.sort(null);
        open.sort(Comparator.comparing(Mention::time));
        return new ResponseTimes(promise, waits.size(), within, percentile(waits, 50), percentile(waits, 90),
                open.size(), openTooLong, open.subList(0, Math.min(OLDEST_SHOWN, open.size())));
    }

    private static Map<String, Instant> firstReplies(List<Mention> mentions, Map<String, Mention> byId,
                                                     Set<String> handles) {
        Map<String, Instant> first = new HashMap<>();
        for (Mention m : mentions) {
            if (m.replyTo() == null || !isAnswer(m, byId.get(m.replyTo()), handles)) {
                continue;
            }
            first.merge(m.replyTo(), m.time(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return first;
    }

    private static boolean isAnswer(Mention reply, Mention original, Set<String> handles) {
        if (!handles.isEmpty()) {
            return byAccount(reply, handles);
        }
        return original == null || reply.author() == null || !reply.author().equalsIgnoreCase(original.author());
    }

    private static boolean byAccount(Mention m, Set<String> handles) {
        return m.author() != null && handles.contains(handle(m.author()));
    }

    private static String handle(String raw) {
        String h = raw.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }


    /** Nearest-rank percentile of sorted millis, or null when empty. */
    private static Duration percentile(List<Long> sortedMillis, int percent) {
        if (sortedMillis.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedMillis.size());
        return Duration.ofMillis(sortedMillis.get(Math.max(0, rank - 1)));
    }
}
