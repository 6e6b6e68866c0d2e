package org.pulsewall;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.NoiseConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionFormatException;
import org.pulsewall.noise.NoiseStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs mentions from an NDJSON file through the noise stage in file order and prints each one back
 * with {@code noise} (its kind, absent for signal) and {@code noiseReason}. A line that is not a
 * mention is reported as {@code file:line: message} on stderr and skipped; the rest still run.
 */
@Command(name = "denoise", description = "Mark noise (spam, bot, ad, giveaway, job, scam, copy) in an NDJSON file of "
        + "mentions; print each mention with noise and noiseReason.")
final class DenoiseCommand implements Callable<Integer> {
    @Mixin
    ConfigOption options;
    @Option(names = "--input", required = true, paramLabel = "mentions.ndjson", description = "Mentions, one per line.")
    Path input;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = options.err();
        if (!Files.isRegularFile(input)) {
            err.println("denoise: no such file: " + input);
            return 2;
        }
        NoiseStage stage;
        try {
            stage = stage();
        } catch (ConfigException e) {
            return options.problems(e);
        }
        PrintWriter out = options.out();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Mention mention = MentionCodec.parse(line);
                    out.println(MentionCodec.toJson(stage.apply(mention), false));
                } catch (MentionFormatException | IllegalArgumentException e) {
                    err.println(input + ":" + number + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            err.println("denoise: cannot read " + input + ": " + e.getMessage());
            return 2;
        }
        out.flush();
        return 0;
    }

    /** The wall's noise settings and webcare handles with --config; the defaults without. */
    private NoiseStage stage() throws ConfigException {
        if (options.config == null) {
            return new NoiseStage(NoiseConfig.DEFAULT, List.of());
        }
        try (Assembly assembly = new Assembly()) {
            WallConfig config = options.load(assembly);
            return assembly.noiseStage(config);
        }
    }
}
