package org.pulsewall.moderation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code bench filter}: mentions per second through {@link ProfanityFilter} and through a naive
 * case-insensitive regex alternation of the same word list, same run, same input mix (short
 * mentions in four languages, about one in six profane, half of those obfuscated).
 */
public final class FilterBenchmark {
    private static final String[] CLEAN = {
        "Geen bereik in Den Burg sinds vanmorgen, wanneer is de storing voorbij?",
        "Top service van de webcare, binnen 5 minuten geholpen!",
        "Internet ligt er weer uit in Utrecht Oost #storing",
        "Kein Netz am Hauptbahnhof, seit zwei Stunden nichts",
        "Danke für die schnelle Hilfe beim Router!",
        "No signal on the train between Amsterdam and Haarlem again",
        "Great new campaign on TV tonight, love the music",
        "网络又断了，什么时候能修好？",
        "客服很好，问题解决了，谢谢",
        "Mijn modem lampjes flikkeren al de hele dag, verbetering graag",
        "Hoera, glasvezel is eindelijk aangesloten!",
        "KWF Kankerbestrijding collecte via de app gedaan, top",
        "Scunthorpe fans streaming the match without buffering",
        "操作系统更新以后手机很慢",
        "Der Marsch durch die Innenstadt war live im Stream",
        "@kpnwebcare mijn factuur klopt niet, kunnen jullie even kijken?",
        "Why is my bill higher this month? https://example.org/bill",
        "Storing opgelost, bedankt voor de snelle reactie",
    };
    private static final String[] PROFANE = {
        "Wat een kankerzooi weer, geen internet #kankerKPN",
        "f.u.c.k this provider, third outage this week",
        "Kut netwerk, k-u-t!",
        "Scheißladen, seit Tagen kein Netz",
        "this is such bullsh1t, no signal again",
        "teringlijers bij de klantenservice",
        "草泥马，又断网了",
        "what the fuuuuck is wrong with my router",
        "$hit service, a$$holes",
        "k@nker traag internet",
    };
    private static final String[] HANDLES = {"", " @jan", " @lisa_1990", " #kpn", " #storing", " 🙄", " !!"};

    private FilterBenchmark() {
    }

    /** Runs the comparison with the bundled word lists, about two seconds per side. */
    public static List<String> run() {
        return run(ProfanityFilter.defaults(), Duration.ofSeconds(2));
    }

    /** Runs the comparison; returns the report lines (nothing is printed here). */
    public static List<String> run(ProfanityFilter filter, Duration perSide) {
        List<String> mix = mentionMix(20_000, new Random(20261124L));
        Pattern naive = naivePattern(filter.profaneWords());
        double filterRate = measure(mix, filter::mask, perSide);
        double baselineRate = measure(mix, text -> naiveMask(naive, text), perSide);
        return List.of(String.format(Locale.ROOT, "filter: %d mentions/s (baseline %d/s, ×%.1f)",
                Math.round(filterRate), Math.round(baselineRate), filterRate / baselineRate));
    }

    /** Short mentions: templates with varying handles and tags so that no two inputs are the same object. */
    static List<String> mentionMix(int size, Random random) {
        List<String> mix = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String[] pool = random.nextInt(6) == 0 ? PROFANE : CLEAN;
            String text = pool[random.nextInt(pool.length)] + HANDLES[random.nextInt(HANDLES.length)];
            mix.add(random.nextBoolean() ? text : text + " " + (i % 100));
        }
        return mix;
    }

    /** What a first attempt looks like: every entry in one case-insensitive alternation, longest first. */
    static Pattern naivePattern(List<String> words) {
        String alternation = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?:" + alternation + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String naiveMask(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start() + 1);
            out.append("*".repeat(m.end() - m.start() - 1));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    private static double measure(List<String> mix, Function<String, String> masker, Duration duration) {
        long warmUpEnd = System.nanoTime() + duration.toNanos() / 4;
        long sink = 0;
        while (System.nanoTime() < warmUpEnd) {
            sink += pass(mix, masker);
        }
        long count = 0;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long now = start;
        while (now < end) {
            sink += pass(mix, masker);
            count += mix.size();
            now = System.nanoTime();
        }
        if (sink == 42) {
            // keeps the results alive so the JIT cannot drop the work
            Thread.yield();
        }
        return count * 1e9 / (now - start);
    }

    private static long pass(List<String> mix, Function<String, String> masker) {
        long masked = 0;
        for (int i = 0; i < mix.size(); i++) {
            String result = masker.apply(mix.get(i));
            masked += result == null ? 0 : result.length();
        }
        return masked;
    }
}
