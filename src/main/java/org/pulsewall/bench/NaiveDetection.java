package org.pulsewall.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pulsewall.outage.TailProbability;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Place;
import org.pulsewall.enrich.Region;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.feed.Mention;

/**
 * The straightforward way, kept as the benchmark's baseline: nearest place by scanning every place,
 * place names and outage phrases by {@code String.contains} over lower-cased text, and per region a
 * list of complaints recounted (distinct authors per window) on every new one.
 */
final class NaiveDetection {
    private static final long SHORT = 30 * 60_000L;
    private static final long LONG = 3 * 3_600_000L;
    private static final String[] OUTAGE = {"storing", "geen bereik", "geen internet", "geen signaal", "ligt eruit",
        "valt steeds weg", "no signal", "outage", "kein netz", "störung", "没信号", "断网"};
    private static final String[] SERVICE = {"netwerk", "internet", "bereik", "network", "signal", "netz", "网络"};

    private record Complaint(long time, String author) {
    }

    private final List<Place> places;
    private final Map<String, Region> regions;
    private final SentimentLexicon lexicon;
    private final Map<String, List<Complaint>> perRegion = new HashMap<>();
    private long first = Long.MIN_VALUE;
    private long complaints;
    private int alerts;

    NaiveDetection(Gazetteer gazetteer, SentimentLexicon lexicon) {
        this.places = gazetteer.places();
        this.regions = gazetteer.regions();
        this.lexicon = lexicon;
    }

    int alerts() {
        return alerts;
    }

    void accept(Mention m) {
        Place place = m.geo() != null ? nearest(m.geo().lat(), m.geo().lon()) : named(m.text().toLowerCase(Locale.ROOT));
        long t = m.time().toEpochMilli();
        if (first == Long.MIN_VALUE) {
            first = t;
        }
        if (!complaint(m)) {
            return;
        }
        complaints++;
        if (place == null) {
            return;
        }
        List<Complaint> list = perRegion.computeIfAbsent(place.regionCode(), k -> new ArrayList<>());
        list.add(new Complaint(t, m.author()));
        list.removeIf(c -> c.time() < t - LONG);
        test(place.regionCode(), list, t);
    }

    private void test(String region, List<Complaint> list, long t) {
        double hours = Math.max(1, (t - first) / 3_600_000.0);
        Region r = regions.get(region);
        double share = r == null ? 1e-4 : r.population() / 16_000_000.0;
        for (long window : new long[] {SHORT, LONG}) {
            Set<String> authors = new HashSet<>();
            for (Complaint c : list) {
                if (c.time() >= t - window) {
                    authors.add(c.author());
                }
            }
            double expected = share * complaints / hours * window / 3_600_000.0;
            if (authors.size() >= 3 && TailProbability.poisson(authors.size(), expected) < 1e-6) {
                alerts++;
                return;
            }
        }
    }

    private boolean complaint(Mention m) {
        String text = m.text().toLowerCase(Locale.ROOT);
        for (String phrase : OUTAGE) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        for (String word : SERVICE) {
            if (text.contains(word)) {
                return lexicon.score(m.text(), m.lang()) <= -0.3;
            }
        }
        return false;
    }

    private Place nearest(double lat, double lon) {
        Place best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Place p : places) {
            double d = (p.lat() - lat) * (p.lat() - lat) + (p.lon() - lon) * (p.lon() - lon);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private Place named(String lowerText) {
        Place best = null;
        for (Place p : places) {
            if (p.country().equals("NL") && lowerText.contains(p.name().toLowerCase(Locale.ROOT))
                    && (best == null || p.name().length() > best.name().length())) {
                best = p;
            }
        }
        return best;
    }
}
