package org.pulsewall.bench;

import java.time.Duration;
import org.pulsewall.testing.KafkaBroker;

/**
 * {@code bench relay} with its own broker: starts a single-node KRaft broker from the test class
 * path and runs the relay benchmark against it: {@code RelayBenchmarkMain [mentions] [rate] [seconds]}.
 */
public final class RelayBenchmarkMain {
    private RelayBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int mentions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (KafkaBroker broker = KafkaBroker.start()) {
            RelayBenchmark.run(broker.bootstrap(), mentions, rate, Duration.ofSeconds(seconds)).forEach(System.out::println);
        }
    }
}
