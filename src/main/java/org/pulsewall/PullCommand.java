package org.pulsewall;

import java.io.PrintWriter;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.pulsewall.config.WallConfig;
import org.pulsewall.enrich.Enrichment;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.moderation.ProfanityPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Assembly assembly = new Assembly()) {
            WallConfig config = assembly.loader().load(options.base(), options.wallFile());
            boolean masked = config.moderation().profanity() != ProfanityPolicy.OFF;
            Enrichment enrichment = new Enrichment(
                    LocationResolver.fromConfig(config.locations(), config.base().path("").orElse(null)),
                    SentimentLexicon.bundled());
            try (FeedHub hub = assembly.hub(config, false)) {
                if (once) {
                    print(out, hub.pollOnce(), masked, enrichment);
                    return 0;
                }
                hub.addListener(batch -> print(out, batch, masked, enrichment));
                hub.start();
                new CountDownLatch(1).await(); // until the process is stopped
                return 0;
            }
        } catch (ConfigException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().stream().map(ConfigProblem::toString).forEach(err::println);
            return 1;
        }
    }

    private static void print(PrintWriter out, List<Mention> mentions, boolean masked, Enrichment enrichment) {
        synchronized (out) {
            for (Mention m : mentions) {
                out.println(withRegion(MentionCodec.toJson(enrichment.withSentiment(m), masked),
                        enrichment.regionFields(m)));
            }
            out.flush();
        }
    }

    /** The mention's JSON object with the region fields added before its closing brace. */
    private static String withRegion(String json, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return json;
        }
        StringBuilder extra = new StringBuilder();
        fields.forEach((k, v) -> extra.append(",\"").append(k).append("\":").append(TextNode.valueOf(v)));
        return json.substring(0, json.length() - 1) + extra + "}";
    }
}
