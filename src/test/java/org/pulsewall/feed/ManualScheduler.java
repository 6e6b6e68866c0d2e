package org.pulsewall.feed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose one-shot tasks run only when the test says so, each remembered with the delay
 * it was scheduled for. Periodic tasks and immediate execution go to a real single thread.
 */
final class ManualScheduler extends ScheduledThreadPoolExecutor {
    record Task(Runnable runnable, long delayMillis) {
    }

    private final Deque<Task> pending = new ArrayDeque<>();

    ManualScheduler() {
        super(1);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        pending.addLast(new Task(command, unit.toMillis(delay)));
        return super.schedule(() -> { }, 1, TimeUnit.DAYS); // a real future that never fires on its own
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    /** Runs the oldest pending task on the calling thread. */
    void runNext() {
        Task t;
        synchronized (this) {
            t = pending.pollFirst();
        }
        if (t == null) {
            throw new IllegalStateException("nothing scheduled");
        }
        t.runnable().run();
    }

    synchronized long lastScheduledDelayMillis() {
        return pending.getLast().delayMillis();
    }

    synchronized int pendingCount() {
        return pending.size();
    }
}
