package org.pulsewall.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Place;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;

/**
 * Generates a reproducible week of nationwide chatter about an operator (Dutch, English, German,
 * Chinese), with a diurnal rhythm and mentions located by coordinates, by a place in the text or not
 * at all. {@link Scenario} events are injected on top: outages, and decoys that must not alert.
 * Used by the replay test and by {@code bench detect}.
 */
public final class ChatterGenerator {
    /** An injected event and when it starts. */
    public record Incident(String kind, String regionCode, Instant start) {
    }

    /** The generated mentions, in time order, and the incidents injected. */
    public record Week(List<Mention> mentions, List<Incident> incidents) {
    }

    private static final String[] NEUTRAL = {"Nieuwe telefoon binnen via %s", "Iemand ervaring met het abonnement?",
        "Just switched my plan, all good so far", "Neues Handy ist da", "Hoe zet ik voicemail uit?",
        "KPN app update vandaag", "Where can I buy a prepaid SIM?", "换了新套餐", "Welk abonnement raden jullie aan?"};
    private static final String[] COMPLAINT = {"Alweer geen bereik %s", "Storing %s? Niks doet het", "No signal %s again",
        "Kein Netz %s, nervig", "Geen internet %s sinds vanochtend", "没信号 %s", "Internet ligt eruit %s",
        "Waardeloos netwerk %s, belachelijk", "Mobiel internet valt steeds weg %s"};
    private static final String[] POSITIVE = {"Wat een leuke reclame van KPN!", "Geweldige tv-spot, top gedaan",
        "Love the new KPN ad", "Mooie reclame, prachtig netwerk", "Super commercial, bedankt KPN", "Tolle Werbung!"};
    private static final String[] TAGS = {"", " #kpn", " @KPN", " !!", " :(", " help", " grr", " ?"};

    private final Random random;
    private final List<Place> places;
    private final double[] cumulativeWeight;
    private final ZoneId zone = ZoneId.of("Europe/Amsterdam");
    private final Gazetteer gazetteer;
    private final List<Mention> out = new ArrayList<>();
    private int nextId;

    public ChatterGenerator(Gazetteer gazetteer, long seed) {
        this.gazetteer = gazetteer;
        this.random = new Random(seed);
        this.places = gazetteer.places().stream().filter(p -> p.country().equals("NL")).toList();
        this.cumulativeWeight = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            sum += Math.max(500, places.get(i).population());
            cumulativeWeight[i] = sum;
        }
    }

    /**
     * A week of background chatter ({@code perDay} mentions a day on average, {@code complaintShare}
     * of them complaints) starting at {@code start}, plus the scenario's events.
     */
    public Week week(Instant start, int perDay, double complaintShare, boolean withIncidents) {
        Instant end = start.plus(Duration.ofDays(7));
        for (Instant minute = start; minute.isBefore(end); minute = minute.plusSeconds(60)) {
            double rate = perDay / 1440.0 * diurnal(minute.atZone(zone).getHour());
            int n = poisson(rate);
            for (int i = 0; i < n; i++) {
                Instant t = minute.plusMillis(random.nextInt(60_000));
                background(t, complaintShare);
            }
        }
        List<Incident> incidents = withIncidents ? new Scenario(this, start).inject() : List.of();
        out.sort(Comparator.comparing(Mention::time));
        return new Week(List.copyOf(out), incidents);
    }

    /** Relative activity by local hour: quiet at night, peaks at lunch and in the evening. */
    static double diurnal(int hour) {
        double[] shape = {0.3, 0.2, 0.12, 0.1, 0.1, 0.15, 0.4, 0.8, 1.1, 1.2, 1.2, 1.25, 1.35, 1.3, 1.2, 1.2,
            1.25, 1.35, 1.4, 1.5, 1.6, 1.5, 1.1, 0.6};
        return shape[hour];
    }

    private void background(Instant t, double complaintShare) {
        Place place = randomPlace();
        boolean complaint = random.nextDouble() < complaintShare;
        String text = complaint ? pick(COMPLAINT) : pick(NEUTRAL);
        emit(t, text, "@u" + random.nextInt(400_000), place, random.nextDouble());
    }

    /** Adds a mention at a place: with coordinates (40 %), naming the place (35 %) or unlocated. */
    void emit(Instant t, String template, String author, Place place, double how) {
        String where = how >= 0.4 && how < 0.75 ? (random.nextBoolean() ? "in " : "bij ") + place.name() : "";
        String text = String.format(template, where).replace("  ", " ").trim() + pick(TAGS)
                + " " + Integer.toString(random.nextInt(1 << 20), 36);
        Mention.Builder b = Mention.builder("m-" + nextId++, t, text).author(author).source("demo");
        if (how < 0.4) {
            b.geo(new GeoPoint(place.lat() + random.nextGaussian() * 0.01, place.lon() + random.nextGaussian() * 0.01));
        }
        out.add(b.build());
    }

    void emitExact(Instant t, String text, String author) {
        out.add(Mention.builder("m-" + nextId++, t, text).author(author).source("demo").build());
    }

    Place randomPlace() {
        double x = random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        int i = java.util.Arrays.binarySearch(cumulativeWeight, x);
        return places.get(i >= 0 ? i : -i - 1);
    }

    Place place(String name) {
        return gazetteer.placeNamed(name).orElseThrow();
    }

    Random random() {
        return random;
    }

    String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    static String[] complaints() {
        return COMPLAINT.clone();
    }

    static String[] positives() {
        return POSITIVE.clone();
    }

    private int poisson(double mean) {
        return PoissonDraw.draw(random, mean);
    }
}
