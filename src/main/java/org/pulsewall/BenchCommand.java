package org.pulsewall;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulsewall.bench.DetectBenchmark;
import org.pulsewall.bench.DetectEvaluation;
import org.pulsewall.bench.FleetBenchmark;
import org.pulsewall.bench.IngestBenchmark;
import org.pulsewall.bench.FilterBenchmark;
import org.pulsewall.config.NoiseConfig;
import org.pulsewall.moderation.ProfanityFilter;
import org.pulsewall.bench.NoiseBenchmark;
import org.pulsewall.noise.NoiseStage;
import org.pulsewall.bench.RelayBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Throughput of a stage and of a naive baseline measured in the same run. */
@Command(name = "bench", description = "Measure throughput: ingest | filter | detect | relay | noise (with a naive baseline);"
        + " outages: detection quality on generated weeks.")
final class BenchCommand implements Callable<Integer> {
    enum Stage { ingest, filter, detect, relay, fleet, noise, outages }

    @Parameters(index = "0", description = "ingest | filter | detect | relay | fleet | noise | outages")
    Stage stage;
    @Option(names = "--mentions", defaultValue = "400000", description = "How many mentions to push through.")
    int mentions;
    @Option(names = "--bootstrap", paramLabel = "host:port",
            description = "relay, fleet: the Kafka broker to measure against (topics bench-* are created on it).")
    String bootstrap;
    @Option(names = "--players", defaultValue = "100", description = "fleet: how many headless players subscribe.")
    int players;
    @Option(names = "--rate", defaultValue = "200", description = "fleet: mentions per second through the relay (200: a large outage's peak).")
    int rate;
    @Option(names = "--seconds", defaultValue = "20", description = "fleet: how long the mentions stream.")
    int seconds;
    @Option(names = "--weeks", defaultValue = "20", description = "outages: how many generated weeks.")
    int weeks;
    @Option(names = "--seed", defaultValue = "2", description = "outages: seed of the weeks (tune on one, report on another).")
    long seed;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try {
            return measure();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("bench " + stage + ": " + e.getMessage());
            return 2;
        }
    }

    private Integer measure() throws InterruptedException {
        if ((stage == Stage.relay || stage == Stage.fleet) && bootstrap == null) {
            spec.commandLine().getErr().println("bench " + stage + " needs --bootstrap host:port of a Kafka broker");
            return 2;
        }
        List<String> lines = switch (stage) {
            case ingest -> IngestBenchmark.run(mentions, ProfanityFilter.defaults(),
                    new NoiseStage(NoiseConfig.DEFAULT, List.of())::apply);
            case filter -> FilterBenchmark.run();
            case detect -> DetectBenchmark.run();
            case relay -> RelayBenchmark.run(bootstrap, Math.min(mentions, 200_000), 200, Duration.ofSeconds(10));
            case fleet -> FleetBenchmark.run(bootstrap, new FleetBenchmark.Load(players, rate,
                    Duration.ofSeconds(seconds)));
            case outages -> DetectEvaluation.run(weeks, seed);
            case noise -> NoiseBenchmark.run(mentions);
        };
        PrintWriter out = spec.commandLine().getOut();
        lines.forEach(out::println);
        out.flush();
        return 0;
    }
}
