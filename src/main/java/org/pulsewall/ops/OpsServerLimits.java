package org.pulsewall.ops;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.pulsewall.threads.DaemonThreads;

/**
 * What keeps slow and half-open clients from holding up the ops endpoint (docs/security.md). The
 * JDK's server reads a request on a worker thread, so a client that never finishes its headers or
 * its announced body holds that thread: the pool is large enough that a handful of such clients
 * leave most of it free, and the server's own time limits close them after a few seconds.
 *
 * <p>The JDK's HTTP server takes its limits only from system properties, read once when its first
 * server is created; they are set here unless the operator set them on the command line.
 */
final class OpsServerLimits {
    /** Worker threads: a handful of stalled clients leave most of them free. */
    static final int THREADS = 16;
    /** Requests waiting for a worker beyond the threads; more are refused at once (503 by closing). */
    static final int QUEUE = 64;
    static final int BACKLOG = 64;
    /** Seconds a request (headers and body) may take to arrive. */
    static final String MAX_REQUEST_SECONDS = "5";
    /** Seconds a response may take to be sent. */
    static final String MAX_RESPONSE_SECONDS = "15";
    /** Seconds an idle keep-alive connection stays open. */
    static final String IDLE_SECONDS = "10";

    private OpsServerLimits() {
    }

    /** Sets the JDK server's limits unless set already; before the first server is created. */
    static void apply() {
        setIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        setIfAbsent("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
        setIfAbsent("sun.net.httpserver.idleInterval", IDLE_SECONDS);
        setIfAbsent("sun.net.httpserver.clockTick", "1000");
        setIfAbsent("sun.net.httpserver.timerMillis", "500");
        setIfAbsent("sun.net.httpserver.maxIdleConnections", "16");
        setIfAbsent("sun.net.httpserver.maxReqHeaders", "64");
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", String.valueOf(16 * 1024));
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /** A bounded pool of daemon threads with a bounded queue; a full queue drops the request. */
    static ExecutorService executor() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), DaemonThreads.numbered("ops-http"), new ThreadPoolExecutor.DiscardPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
