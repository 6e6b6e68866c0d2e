package org.pulsewall;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pulsewall.config.WallConfig;
import org.pulsewall.enrich.EnrichedJson;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the sources and prints every mention they return, after moderation and enrichment (region,
 * sentiment where the feed sent none), as NDJSON: what the wall would show, before the store's count
 * and age limits.
 */
@Command(name = "pull", description = "Run the sources and print their mentions as NDJSON (after moderation).")
final class PullCommand implements Callable<Integer> {
    @Mixin
    ConfigOption options;
    @Option(names = "--once", description = "Poll every source once, then exit.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        return options.run(true, this::pull);
    }

    private int pull(Assembly assembly, WallConfig config) throws Exception {
        PrintWriter out = options.out();
        EnrichedJson lines = assembly.enrichedJson(config);
        try (FeedHub hub = assembly.hub(config, false)) {
            if (once) {
                print(out, hub.pollOnce(), lines);
                return 0;
            }
            hub.addListener(batch -> print(out, batch, lines));
            hub.start();
            new CountDownLatch(1).await(); // until the process is stopped
            return 0;
        }
    }

    private static void print(PrintWriter out, List<Mention> mentions, EnrichedJson lines) {
        synchronized (out) {
            for (Mention m : mentions) {
                out.println(lines.toJson(m));
            }
            out.flush();
        }
    }
}
