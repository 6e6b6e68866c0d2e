package org.pulsewall;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulsewall.analytics.DetectBenchmark;
import org.pulsewall.feed.IngestBenchmark;
import org.pulsewall.moderation.FilterBenchmark;
import org.pulsewall.moderation.ProfanityFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Throughput of a stage and of a naive baseline measured in the same run. */
@Command(name = "bench", description = "Measure throughput: ingest | filter | detect (with a naive baseline).")
final class BenchCommand implements Callable<Integer> {
    enum Stage { ingest, filter, detect }

    @Parameters(index = "0", description = "ingest | filter | detect")
    Stage stage;
    @Option(names = "--mentions", defaultValue = "400000", description = "How many mentions to push through.")
    int mentions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> lines = switch (stage) {
            case ingest -> IngestBenchmark.run(mentions, ProfanityFilter.defaults());
            case filter -> FilterBenchmark.run();
            case detect -> DetectBenchmark.run();
        };
        PrintWriter out = spec.commandLine().getOut();
        lines.forEach(out::println);
        out.flush();
        return 0;
    }
}
