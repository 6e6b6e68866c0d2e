package org.pulsewall;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pulsewall.outage.AlertCodec;
import org.pulsewall.outage.DetectReplay;
import org.pulsewall.outage.OutageDetector;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ConfigException;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.incident.AlertLineWriter;
import org.pulsewall.incident.CapDirectory;
import org.pulsewall.incident.OutageAreas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Replays mentions in event time through location and outage detection as fast as it can and
 * prints one NDJSON alert per line.
 */
@Command(name = "detect", description = "Replay mentions through location + outage detection; print alerts as NDJSON.")
final class DetectCommand implements Callable<Integer> {
    @Mixin
    ConfigOption options;
    @Option(names = "--input", required = true, converter = CliConverters.ExistingFile.class, paramLabel = "mentions.ndjson", description = "Mentions, one per line.")
    Path input;
    @Option(names = "--cleared", description = "Also print a line when an alert clears.")
    boolean cleared;
    @Option(names = "--cap", paramLabel = "DIR",
            description = "Also write each raised, updated and cleared alert as a CAP 1.2 document in DIR.")
    Path capDir;

    @Override
    public Integer call() throws Exception {
        Map<String, String> locations = Map.of();
        Path base = Path.of("").toAbsolutePath();
        if (options.config != null) {
            try (Assembly assembly = new Assembly()) {
                locations = assembly.loader().loadLocations(options.base(), options.wallFile());
                base = ((ConfigBase.Directory) options.base()).dir();
            } catch (ConfigException e) {
                return options.problems(e);
            }
        }
        Gazetteer gazetteer = Gazetteer.bundled();
        LocationResolver resolver = LocationResolver.fromConfig(locations, base, gazetteer);
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            Writer out = options.out();
            if (capDir == null) {
                DetectReplay.run(in, out, resolver, OutageDetector.withDefaults(gazetteer), cleared);
            } else {
                CapDirectory cap = new CapDirectory(capDir, new OutageAreas(gazetteer));
                try (AlertLineWriter lines = new AlertLineWriter(line -> AlertCodec.parse(line).ifPresent(a -> {
                    cap.accept(a);
                    if (!a.cleared() || cleared) {
                        println(out, line);
                    }
                }))) {
                    DetectReplay.run(in, lines, resolver, OutageDetector.withDefaults(gazetteer), true);
                }
            }
            out.flush();
        }
        return 0;
    }

    private static void println(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
