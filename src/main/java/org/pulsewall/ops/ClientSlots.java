package org.pulsewall.ops;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests one client address may have in the ops server's hands at once, so that one
 * client (slow to send its body, slow to read a screenshot, or just many at once) cannot take all
 * the worker threads. A request over the cap is refused by closing its connection at once, without
 * an answer: any answer would make the JDK's server drain the unread body first, on the worker
 * thread, which a client that never sends its body would hold for the whole request time limit.
 *
 * <p>The JDK's server reads the headers before anyone learns the client's address: a client that
 * never finishes its headers is not counted here; the server's request time limit closes it.
 */
final class ClientSlots {
    /** A quarter of the workers: three clients at their cap leave a quarter free. */
    static final int PER_CLIENT = OpsServerLimits.THREADS / 4;

    private final int perClient;
    private final ConcurrentHashMap<InetAddress, Integer> inHand = new ConcurrentHashMap<>();

    ClientSlots(int perClient) {
        this.perClient = perClient;
    }

    /** Takes a slot for {@code client}; false when it already holds all of its own. */
    boolean take(InetAddress client) {
        boolean[] taken = {false};
        inHand.compute(client, (address, held) -> {
            int now = held == null ? 0 : held;
            if (now >= perClient) {
                return held;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    /** Gives back a slot taken by {@link #take}. */
    void release(InetAddress client) {
        inHand.computeIfPresent(client, (address, held) -> held <= 1 ? null : held - 1);
    }

    /** Requests {@code client} has in hand now. */
    int held(InetAddress client) {
        return inHand.getOrDefault(client, 0);
    }

    /** Closes the connection before any answer is sent: the server then closes it without reading on. */
    static void refuse(HttpExchange exchange) {
        exchange.close();
    }
}
