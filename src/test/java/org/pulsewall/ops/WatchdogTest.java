package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WatchdogTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final AtomicLong lastPulse = new AtomicLong(-1);
    private double heapFill = 0.4;
    private final List<Integer> exits = new CopyOnWriteArrayList<>();

    private Watchdog watchdog(Duration limit) {
        return new Watchdog(new Watchdog.Probes(lastPulse::get, now::get, () -> heapFill), limit, exits::add);
    }

    @Test
    void keepsQuietWhileFramesArrive() {
        Watchdog dog = watchdog(Duration.ofSeconds(30));
        for (int i = 0; i < 100; i++) {
            now.addAndGet(SECOND);
            lastPulse.set(now.get() - SECOND / 60);
            dog.check();
        }
        assertThat(exits).isEmpty();
    }

    @Test
    void exitsWithFrozenCodeWhenNoPulseForLongerThanTheLimit() {
        Watchdog dog = watchdog(Duration.ofSeconds(30));
        lastPulse.set(now.get());
        now.addAndGet(30 * SECOND);
        dog.check();
        assertThat(exits).isEmpty();

        now.addAndGet(SECOND);
        dog.check();
        dog.check();

        assertThat(exits).containsExactly(Watchdog.EXIT_FROZEN);
    }

    @Test
    void givesAWallThatLeftTheWholeLimitToShutDown() {
        Watchdog dog = watchdog(Duration.ofSeconds(30));
        for (int i = 0; i < 45; i++) {
            now.addAndGet(SECOND);
            lastPulse.set(now.get());
            dog.check();
        }
        lastPulse.set(-1); // the wall has left: the player is stopping
        now.addAndGet(2 * SECOND);
        dog.check();
        now.addAndGet(29 * SECOND);
        dog.check();
        assertThat(exits).isEmpty();

        now.addAndGet(2 * SECOND);
        dog.check();

        assertThat(exits).containsExactly(Watchdog.EXIT_FROZEN);
    }

    @Test
    void countsFromItsStartWhenNoPulseEverCame() {
        Watchdog dog = watchdog(Duration.ofSeconds(10));
        now.addAndGet(9 * SECOND);
        dog.check();
        assertThat(exits).isEmpty();

        now.addAndGet(2 * SECOND);
        dog.check();

        assertThat(exits).containsExactly(Watchdog.EXIT_FROZEN);
    }

    @Test
    void exitsWithHeapCodeWhenTheHeapStaysFullAfterCollections() {
        Watchdog dog = watchdog(Duration.ofSeconds(30));
        heapFill = 0.99;
        for (int i = 1; i < Watchdog.HEAP_STRIKES; i++) {
            pulseAndCheck(dog);
        }
        assertThat(exits).isEmpty();

        pulseAndCheck(dog);

        assertThat(exits).containsExactly(Watchdog.EXIT_HEAP);
    }

    @Test
    void aHeapThatRecoversResetsTheStrikes() {
        Watchdog dog = watchdog(Duration.ofSeconds(30));
        for (int i = 0; i < 10; i++) {
            heapFill = i % Watchdog.HEAP_STRIKES == 0 ? 0.5 : 0.99;
            pulseAndCheck(dog);
        }
        assertThat(exits).isEmpty();
    }

    @Test
    void realHeapIsReadAsAShare() {
        assertThat(Watchdog.heapFillAfterGc()).isBetween(0.0, 1.0);
    }

    private void pulseAndCheck(Watchdog dog) {
        now.addAndGet(SECOND);
        lastPulse.set(now.get());
        dog.check();
    }
}
