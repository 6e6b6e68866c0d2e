package org.pulsewall.bench;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pulsewall.moderation.TextMasker;

/** Runs the ingest benchmark from the test classpath with a small word-list masker: {@code IngestBenchmarkMain [mentions]}. */
public final class IngestBenchmarkMain {
    private IngestBenchmarkMain() {
    }

    public static void main(String[] args) {
        int mentions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Pattern words = Pattern.compile("(?iu)\\b(kanker|kut\\w*|tering|fuck|shit|schei\u00DF\\w*)\\b|\u64CD|\u4ED6\u5988");
        TextMasker masker = text -> {
            var m = words.matcher(text);
            if (!m.find()) {
                return null;
            }
            return m.replaceAll(r -> r.group().charAt(0) + "*".repeat(r.group().length() - 1));
        };
        List<String> lines = IngestBenchmark.run(mentions, masker);
        lines.forEach(System.out::println);
        System.out.println(String.format(Locale.ROOT, "(%d mentions, %d cores)", mentions, Runtime.getRuntime().availableProcessors()));
    }
}
