package org.pulsewall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pulsewall.moderation.ProfanityFilter;

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

    private static final int ROUNDS = 5;
    private static final int CLOCK_EVERY = 64;

    private FilterBenchmark() {
    }

    /** Runs the comparison with the bundled word lists, about three seconds per side. */
    public static List<String> run() {
        return run(ProfanityFilter.defaults(), Duration.ofSeconds(3));
    }

    /**
     * Runs the comparison; returns the report lines (nothing is printed here). Both sides run on
     * the calling thread in alternating rounds and each keeps its best round, timed in that
     * thread's CPU time where the JVM offers it, so that other processes on a shared machine do
     * not decide the figures.
     */
    public static List<String> run(ProfanityFilter filter, Duration perSide) {
        List<String> mix = mentionMix(20_000, new Random(20261124L));
        Pattern naive = naivePattern(filter.profaneWords());
        Function<String, String> naiveMasker = text -> naiveMask(naive, text);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LongSupplier clock = threads.isCurrentThreadCpuTimeSupported()
                ? threads::getCurrentThreadCpuTime : System::nanoTime;
        Duration round = perSide.dividedBy(ROUNDS);
        measure(mix, filter::mask, round, clock);
        measure(mix, naiveMasker, round, clock);
        double filterRate = 0;
        double baselineRate = 0;
        for (int r = 0; r < ROUNDS; r++) {
            filterRate = Math.max(filterRate, measure(mix, filter::mask, round, clock));
            baselineRate = Math.max(baselineRate, measure(mix, naiveMasker, round, clock));
        }
        long profane = mix.stream().filter(filter::isProfane).count();
        return List.of(
                String.format(Locale.ROOT, "filter: %d mentions/s (baseline %d/s, ×%.1f)",
                        Math.round(filterRate), Math.round(baselineRate), filterRate / baselineRate),
                String.format(Locale.ROOT, "filter: one thread, %s, best of %d rounds; %d short mentions, %d%% profane;"
                                + " baseline: one case-insensitive regex alternation of the same %d entries",
                        threads.isCurrentThreadCpuTimeSupported() ? "per CPU-second of the thread" : "wall clock",
                        ROUNDS, mix.size(), Math.round(100.0 * profane / mix.size()), filter.profaneWords().size()));
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

    private static double measure(List<String> mix, Function<String, String> masker, Duration duration,
                                  LongSupplier clock) {
        long sink = 0;
        long count = 0;
        long start = clock.getAsLong();
        long end = start + duration.toNanos();
        long now = start;
        int next = 0;
        do {
            for (int k = 0; k < CLOCK_EVERY; k++) {
                String result = masker.apply(mix.get(next));
                sink += result == null ? 0 : result.length();
                next = next + 1 == mix.size() ? 0 : next + 1;
            }
            count += CLOCK_EVERY;
            now = clock.getAsLong();
        } while (now < end);
        if (sink == 42) {
            // keeps the results alive so the JIT cannot drop the work
            Thread.yield();
        }
        return count * 1e9 / Math.max(1, now - start);
    }

}
