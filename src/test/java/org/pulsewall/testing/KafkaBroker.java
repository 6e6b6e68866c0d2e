package org.pulsewall.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process) on loopback
 * ephemeral ports, run as a child JVM from the test class path: formatted once, then started,
 * stopped and restarted on the same ports and log directory. Its log goes to {@code broker.log}
 * in its directory.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 30_000;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final Path properties;
    private Process process;

    private KafkaBroker(Path dir, int port, int controllerPort) throws IOException {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.properties = dir.resolve("server.properties");
        Files.writeString(properties, serverProperties(), StandardCharsets.UTF_8);
    }

    /** Formats a fresh log directory and starts the broker; returns once it accepts connections. */
    public static KafkaBroker start() throws IOException, InterruptedException {
        KafkaBroker broker = new KafkaBroker(Files.createTempDirectory("pulsewall-kafka"), freePort(), freePort());
        broker.format();
        broker.restart();
        return broker;
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker cleanly (controlled shutdown), keeping its data. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        process = null;
        awaitPortClosed();
    }

    /** Starts the broker on the same ports and data; returns once it accepts connections. */
    public void restart() throws IOException, InterruptedException {
        if (process != null) {
            throw new IllegalStateException("broker is running");
        }
        process = java("kafka.Kafka", properties.toString()).start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!accepts()) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IOException("broker did not start; see " + dir.resolve("broker.log"));
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void format() throws IOException, InterruptedException {
        String clusterId = uuidBase64();
        Process format = java("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties.toString())
                .start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IOException("kafka storage format failed; see " + dir.resolve("broker.log"));
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        File log = dir.resolve("broker.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "group.min.session.timeout.ms=1000",
                "") + "\n";
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitPortClosed() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (accepts() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A cluster id as Kafka writes them: 16 random bytes, URL-safe base64 without padding. */
    /** A cluster id as Kafka makes them: never starting with '-', which the format tool would take for an option. */
    private static String uuidBase64() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
