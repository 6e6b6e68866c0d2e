package org.pulsewall;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.moderation.LineFilter;
import org.pulsewall.moderation.ProfanityFilter;
import org.pulsewall.config.ProfanityPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Masks curse words in UTF-8 lines from stdin: one line out per line in. */
@Command(name = "filter", description = "Read UTF-8 lines on stdin, write each with profanity masked.")
final class FilterCommand implements Callable<Integer> {
    @Option(names = "--policy", defaultValue = "mask", description = "mask (default), drop (a profane line is left out) or off.")
    String policy;
    @Option(names = {"-c", "--config"}, paramLabel = "wall.yaml", converter = CliConverters.ExistingConfig.class,
            description = "Take extra words and allow lists from this wall's moderation settings.")
    java.nio.file.Path config;
    @Option(names = "--explain", description = "Write one JSON object per line: the masked text and, per masked"
            + " span, the word-list entry and the rule that matched.")
    boolean explain;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProfanityPolicy chosen = ProfanityPolicy.parse(policy);
        ModerationConfig moderation = ModerationConfig.DEFAULT;
        if (config != null) {
            ConfigOption option = new ConfigOption();
            option.config = config;
            option.command = spec;
            try (Assembly assembly = new Assembly()) {
                moderation = option.loadFeeds(assembly).moderation();
            } catch (ConfigException e) {
                return option.problems(e);
            }
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = spec.commandLine().getOut();
        ProfanityFilter filter = ProfanityFilter.fromConfig(moderation);
        if (explain) {
            LineFilter.explainLines(in, out, filter);
        } else {
            LineFilter.filterLines(in, out, filter, chosen);
        }
        out.flush();
        return 0;
    }
}
