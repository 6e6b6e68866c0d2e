package org.pulsewall;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pulsewall.outage.Alert;
import org.pulsewall.outage.OutageDetector;
import org.pulsewall.config.WallConfig;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.incident.AlertLines;
import org.pulsewall.incident.OutageMessage;
import org.pulsewall.incident.OutageMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Prints the alerts active at a time as NDJSON: those of the wall's {@code cap} sources (in the
 * wall's language) and the outage alerts that detection raises over one poll of its sources.
 */
@Command(name = "alerts", description = "Print the alerts active at a time (CAP sources and outage detection) as NDJSON.")
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    ConfigOption options;
    @Option(names = "--once", required = true, description = "Poll every source once, print, exit.")
    boolean once;
    @Option(names = "--at", paramLabel = "TIME",
            description = "The time the alerts are active at (ISO-8601, e.g. 2026-11-23T12:00:00Z); default now.")
    Instant at;

    @Override
    public Integer call() throws Exception {
        return options.run(false, this::print);
    }

    private int print(Assembly assembly, WallConfig config) throws Exception {
        PrintWriter out = options.out();
        Instant when = at != null ? at : assembly.clock().instant();
        List<Mention> polled;
        try (FeedHub hub = assembly.hub(config, false)) {
            polled = hub.pollOnce();
        }
        for (CapAlert a : assembly.incidents().capAlerts().activeAt(when)) {
            a.info(config.alerts().languages()).ifPresent(info -> out.println(AlertLines.cap(a, info)));
        }
        for (OutageMessage m : outagesActive(config, polled, when)) {
            out.println(AlertLines.outage(m));
        }
        out.flush();
        return 0;
    }

    /** Detection over the polled mentions in event time: the outages raised by {@code when} and not cleared by then. */
    private static List<OutageMessage> outagesActive(WallConfig config, List<Mention> polled, Instant when) {
        Gazetteer gazetteer = Gazetteer.bundled();
        Path base = config.base().path("").orElse(null);
        LocationResolver resolver = LocationResolver.fromConfig(config.locations(), base, gazetteer);
        OutageDetector detector = OutageDetector.withDefaults(gazetteer);
        OutageMessages messages = new OutageMessages();
        Map<String, OutageMessage> open = new LinkedHashMap<>();
        for (Mention mention : polled.stream().sorted(Comparator.comparing(Mention::time)).toList()) {
            for (Alert a : detector.accept(mention, resolver.resolve(mention).orElse(null))) {
                if (a.detectedAt().isAfter(when)) {
                    continue;
                }
                OutageMessage m = messages.next(a);
                String key = a.region() + "@" + a.start();
                if (a.cleared()) {
                    open.remove(key);
                } else if (m != null) {
                    open.put(key, m);
                }
            }
        }
        return List.copyOf(open.values());
    }
}
