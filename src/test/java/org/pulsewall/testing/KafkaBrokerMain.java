package org.pulsewall.testing;

import java.util.concurrent.CountDownLatch;

/**
 * A single-node KRaft broker from the test class path for trying the fleet benchmarks by hand:
 * prints its {@code host:port} and runs until Ctrl+C (or SIGTERM), then deletes its data.
 */
public final class KafkaBrokerMain {
    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        KafkaBroker broker = KafkaBroker.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.close();
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }, "kafka-broker-stop"));
        System.out.println("kafka broker on " + broker.bootstrap() + " (Ctrl+C stops it)");
        System.out.flush();
        stopped.await();
    }
}
