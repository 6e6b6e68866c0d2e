package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** One client address holds at most its own slots; others are not touched by it. */
class ClientSlotsTest {
    private final ClientSlots slots = new ClientSlots(2);

    @Test
    void refusesAThirdRequestOfOneClientUntilOneIsGivenBack() throws Exception {
        InetAddress greedy = InetAddress.getByName("192.0.2.7");
        InetAddress other = InetAddress.getByName("192.0.2.8");

        assertThat(slots.take(greedy)).isTrue();
        assertThat(slots.take(greedy)).isTrue();
        assertThat(slots.take(greedy)).isFalse();
        assertThat(slots.take(other)).isTrue();

        slots.release(greedy);
        assertThat(slots.held(greedy)).isEqualTo(1);
        assertThat(slots.take(greedy)).isTrue();
        slots.release(greedy);
        slots.release(greedy);
        assertThat(slots.held(greedy)).isZero();
    }
}
