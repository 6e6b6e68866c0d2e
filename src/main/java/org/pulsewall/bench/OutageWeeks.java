package org.pulsewall.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Place;
import org.pulsewall.enrich.Region;
import org.pulsewall.enrich.RegionAdjacency;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;

/**
 * Draws independent weeks of Dutch chatter about an operator with outages and decoys injected,
 * each week from its own seed: volume, complaint share, located share and every municipality's
 * propensity to post differ per week, so a detector cannot lean on one week's figures. The
 * detector sees each week from its first minute (no history before it), as {@code detect} does.
 */
public final class OutageWeeks {
    /** What an injected event is, for scoring. */
    public enum Kind { OUTAGE, CLUSTER, NATIONAL, DECOY }

    /**
     * An injected event: the regions it touches, its first and last complaint, the distinct
     * complainers that can be located (for outages), and a label (size class, decoy type).
     */
    public record Event(Kind kind, String label, Set<String> regions, Instant start, Instant end, int complainers,
                        String shape, Instant third) {
        Event(Kind kind, String label, Set<String> regions, Instant start, Instant end, int complainers, String shape) {
            this(kind, label, regions, start, end, complainers, shape, start);
        }
    }

    /** The mentions of a week in time order and what was injected. */
    public record Week(List<Mention> mentions, List<Event> events) {
    }

    static final String[] WADDEN = {"GM0088", "GM0096", "GM0060", "GM0093", "GM0448"};
    private static final String[] CITIES = {"GM0363", "GM0599", "GM0518", "GM0344", "GM0772"};
    private static final int[] COMPLAINERS = {3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 45, 60};
    private static final String[] NL = {"Geen bereik%s, wat is er aan de hand?", "Storing bij jullie? Internet ligt eruit%s",
        "Al een half uur geen 4G%s", "Mobiel internet valt steeds weg%s", "Kan niet bellen%s, netwerk dood?",
        "@KPN storing%s?", "Hier ook geen internet%s", "KPN ligt plat%s, echt waardeloos"};
    private static final String[] EN = {"No signal%s for an hour now", "Is there an outage%s? Internet down",
        "Mobile data keeps dropping%s", "KPN network down%s?"};
    private static final String[] DE = {"Kein Netz%s, was ist los?", "Störung%s? Internet weg", "Kein Empfang%s seit heute"};
    private static final String[] NEUTRAL = {"Nieuwe telefoon binnen%s", "Iemand ervaring met het KPN abonnement?",
        "Just switched my plan%s, all good so far", "Neues Handy ist da", "Hoe zet ik voicemail uit?",
        "KPN app update vandaag", "Where can I buy a prepaid SIM%s?", "Welk abonnement raden jullie aan?",
        "Fijne dag iedereen%s", "Glasvezel aangelegd%s, snel!"};
    private static final String[] POSITIVE = {"Wat een leuke reclame van KPN!", "Geweldige tv-spot, top gedaan",
        "Love the new KPN ad", "Mooie reclame, prachtig netwerk", "Super commercial, bedankt KPN", "Tolle Werbung!"};
    private static final String[] COMPETITOR = {"Vodafone storing%s, alweer!", "Odido ligt eruit%s",
        "@Ziggo geen internet%s", "Storing bij Odido%s? Geen bereik", "Ziggo internet down%s"};
    private static final String[] FESTIVAL = {"Wat een feest hier%s!", "Festival%s, geweldig weer", "Dansen%s tot de zon opkomt",
        "Beste line-up ooit%s", "Selfie met KPN ballon%s"};
    private static final String[] WEATHER = {"Zware storm%s, de hele markt ligt plat", "Onweer%s, het verkeer ligt eruit",
        "Code oranje%s: storm en onweer", "Storm bereikt%s vanavond de kust", "Sturm%s, Bäume umgestürzt",
        "Hagel%s, de buitenboel ligt plat", "Storm%s: treinen vallen steeds weg uit de dienstregeling"};

    private static final String[] TAGS = {"", " #kpn", " @KPN", " !!", " :(", " help", " grr", " ?", " pfff", " serieus"};
    private static final String[] MOODS = {"nu al", "weer", "echt", "again", "schon wieder", "ugh", "wtf", "sinds"};

    private final Gazetteer gazetteer;
    private final RegionAdjacency adjacency;
    private final Map<String, List<Place>> placesByRegion = new HashMap<>();
    private final List<Region> municipalities;

    public OutageWeeks(Gazetteer gazetteer, RegionAdjacency adjacency) {
        this.gazetteer = gazetteer;
        this.adjacency = adjacency;
        gazetteer.places().stream().filter(p -> p.country().equals("NL"))
                .forEach(p -> placesByRegion.computeIfAbsent(p.regionCode(), k -> new ArrayList<>()).add(p));
        this.municipalities = gazetteer.regions().values().stream()
                .filter(r -> r.country().equals("NL") && placesByRegion.containsKey(r.code())).toList();
    }

    /** The week of a seed, starting at {@code start}. */
    public Week week(long seed, Instant start) {
        return new Drawing(new Random(seed), start).draw();
    }

    /** Size class of a municipality, as the evaluation table groups them. */
    static String sizeClass(Region r) {
        for (String w : WADDEN) {
            if (w.equals(r.code())) {
                return "Wadden island";
            }
        }
        long p = r.population();
        return p < 20_000 ? "< 20k" : p < 50_000 ? "20k-50k" : p < 150_000 ? "50k-150k" : ">= 150k";
    }

    /** One week being drawn: its own random numbers, volume and regions in use. */
    private final class Drawing {
        private final Random random;
        private final Instant start;
        private final List<Mention> out = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final Set<String> used = new HashSet<>();
        private final Map<String, Double> propensity = new HashMap<>();
        private final double located;
        private final double geoShare;
        private List<Place> weighted;
        private double[] cumulative;
        private int ids;

        Drawing(Random random, Instant start) {
            this.random = random;
            this.start = start;
            this.located = 0.3 + 0.5 * random.nextDouble();
            this.geoShare = random.nextDouble();
        }

        Week draw() {
            int perDay = 10_000 + random.nextInt(30_000);
            double complaintShare = 0.03 + 0.06 * random.nextDouble();
            String complainingTown = pickRegion(r -> r.population() >= 20_000 && r.population() < 100_000);
            municipalities.forEach(r -> propensity.put(r.code(), Math.exp(0.5 * random.nextGaussian())));
            buildWeights();
            background(perDay, complaintShare, complainingTown);
            events.add(new Event(Kind.DECOY, "town that always complains", Set.of(complainingTown), start,
                    start.plus(Duration.ofDays(7)), 0, "steady"));
            outages();
            decoys();
            if (random.nextDouble() < 0.7) {
                national();
            }
            out.sort(Comparator.comparing(Mention::time));
            return new Week(List.copyOf(out), List.copyOf(events));
        }

        private void buildWeights() {
            weighted = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (Region r : municipalities) {
                for (Place p : placesByRegion.get(r.code())) {
                    weighted.add(p);
                    w.add(Math.max(300, p.population()) * propensity.get(r.code()));
                }
            }
            cumulative = new double[w.size()];
            double sum = 0;
            for (int i = 0; i < w.size(); i++) {
                sum += w.get(i);
                cumulative[i] = sum;
            }
        }

        private void background(int perDay, double complaintShare, String complainingTown) {
            Instant end = start.plus(Duration.ofDays(7));
            List<Place> town = placesByRegion.get(complainingTown);
            for (Instant minute = start; minute.isBefore(end); minute = minute.plusSeconds(60)) {
                int hour = minute.atZone(java.time.ZoneId.of("Europe/Amsterdam")).getHour();
                int n = poisson(perDay / 1440.0 * diurnal(hour));
                for (int i = 0; i < n; i++) {
                    Instant t = minute.plusMillis(random.nextInt(60_000));
                    boolean complaint = random.nextDouble() < complaintShare;
                    emit(t, complaint ? complaintText() : pick(NEUTRAL), "@u" + random.nextInt(2_000_000),
                            randomPlace(), located);
                }
                // the town that always complains: four times its share of complaints, all week
                if (random.nextDouble() < perDay * complaintShare / 1440.0 * diurnal(hour) * 0.004) {
                    emit(minute, complaintText(), "@u" + random.nextInt(2_000_000),
                            town.get(random.nextInt(town.size())), 1);
                }
            }
        }

        private void outages() {
            int n = 3 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                String code;
                String label;
                double kind = random.nextDouble();
                if (kind < 0.3) {
                    code = pickFrom(WADDEN);
                } else if (kind < 0.45) {
                    code = suburb();
                } else {
                    code = pickRegion(r -> true);
                }
                if (code == null) {
                    continue;
                }
                Region r = gazetteer.regions().get(code);
                label = kind >= 0.3 && kind < 0.45 ? "suburb of a big city" : sizeClass(r);
                outage(Kind.OUTAGE, label, List.of(code), COMPLAINERS[random.nextInt(COMPLAINERS.length)]);
            }
            if (random.nextDouble() < 0.6) {
                String centre = pickRegion(r -> adjacency.neighbours(r.code()).size() >= 3);
                List<String> members = new ArrayList<>(List.of(centre));
                for (String nb : adjacency.neighbours(centre)) {
                    if (members.size() < 2 + random.nextInt(4) && !used.contains(nb) && placesByRegion.containsKey(nb)) {
                        members.add(nb);
                        used.add(nb);
                    }
                }
                outage(Kind.CLUSTER, "cluster of neighbours", members, 8 + random.nextInt(50));
            }
        }

        private void outage(Kind kind, String label, List<String> regions, int complainers) {
            Instant t0 = randomTime();
            // most outages are sudden (a mast, a power feed or a line fails); one in five builds up slowly
            // (congestion, a degrading link), one in five trickles before a surge: the held-back weeks
            // this was checked against had one slow build-up among seven local outages
            String shape = new String[] {"sudden", "sudden", "sudden", "slow", "trickle"}[random.nextInt(5)];
            double span = switch (shape) {
                case "sudden" -> 10 + 30 * random.nextDouble();
                case "slow" -> 60 + 120 * random.nextDouble();
                default -> 40 + 40 * random.nextDouble();
            };
            Instant last = t0;
            Instant first = null;
            List<Instant> locatedTimes = new ArrayList<>();
            int unlocated = (int) Math.min(2L * complainers, Math.round(complainers * (1 - located) / located));
            for (int i = 0; i < complainers + unlocated; i++) {
                double minutes = i == 0 ? 0 : switch (shape) {
                    case "sudden" -> span * random.nextDouble();
                    case "slow" -> span * Math.sqrt(random.nextDouble());
                    default -> i < 2 ? span * 0.6 * random.nextDouble() : span * (0.6 + 0.4 * random.nextDouble());
                };
                Instant t = t0.plusMillis((long) (minutes * 60_000));
                String region = regions.get(i % 5 < 2 || regions.size() == 1 ? 0 : random.nextInt(regions.size()));
                List<Place> places = placesByRegion.get(region);
                emit(t, complaintText(), "@k" + random.nextInt(100_000_000), places.get(random.nextInt(places.size())),
                        i < complainers ? 1 : 0);
                first = first == null || t.isBefore(first) ? t : first;
                if (i < complainers) {
                    locatedTimes.add(t);
                }
                last = t.isAfter(last) ? t : last;
            }
            locatedTimes.sort(null);
            events.add(new Event(kind, label, Set.copyOf(regions), first, last, complainers, shape,
                    locatedTimes.get(Math.min(2, locatedTimes.size() - 1))));
        }

        private void decoys() {
            if (random.nextDouble() < 0.7) {
                String town = pickRegion(r -> r.population() >= 30_000);
                Instant t0 = randomTime();
                int n = 30 + random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    emitIn(t0.plusSeconds(random.nextInt(40 * 60)), pick(COMPETITOR), "@o" + random.nextInt(1 << 30), town, 1);
                }
                decoy("competitor outage", town, t0, Duration.ofMinutes(40));
            }
            if (random.nextDouble() < 0.7) {
                Instant t0 = randomTime();
                for (int i = 0; i < 400 + random.nextInt(400); i++) {
                    emit(t0.plusSeconds(random.nextInt(3600)), pick(POSITIVE), "@fan" + random.nextInt(1 << 30),
                            randomPlace(), located);
                }
                events.add(new Event(Kind.DECOY, "TV campaign", Set.of(), t0, t0.plus(Duration.ofHours(1)), 0, ""));
            }
            if (random.nextDouble() < 0.7) {
                String town = pickRegion(r -> r.population() < 40_000);
                Instant t0 = randomTime();
                for (int i = 0; i < 200 + random.nextInt(200); i++) {
                    emitIn(t0.plusSeconds(random.nextInt(4 * 3600)), pick(FESTIVAL), "@fest" + random.nextInt(1 << 30), town, 0.8);
                }
                for (int i = 0; i < 2; i++) {
                    emitIn(t0.plusSeconds(random.nextInt(4 * 3600)), "Druk hier, slecht bereik%s", "@fest" + i, town, 1);
                }
                decoy("festival", town, t0, Duration.ofHours(4));
            }
            if (random.nextDouble() < 0.7) {
                String town = pickRegion(r -> true);
                Instant t0 = randomTime();
                for (int i = 0; i < 10 + random.nextInt(10); i++) {
                    emitIn(t0.plusSeconds(i * 7L * 60), complaintText(), "@boze_klant", town, 1);
                }
                decoy("single ranter", town, t0, Duration.ofHours(2));
            }
            if (random.nextDouble() < 0.7) {
                String town = pickRegion(r -> r.population() < 100_000);
                Instant t0 = randomTime();
                Place p = placesByRegion.get(town).get(0);
                String text = "Geen internet in " + p.name() + ", wie nog meer?";
                for (int i = 0; i < 20 + random.nextInt(20); i++) {
                    String copy = i % 2 == 0 ? text : "RT @origineel: " + text;
                    out.add(Mention.builder("w-" + ids++, t0.plusSeconds(i * 50L), copy)
                            .author("@copy" + random.nextInt(1 << 30)).source("eval").build());
                }
                decoy("copied complaint", town, t0, Duration.ofMinutes(40));
            }
            if (random.nextDouble() < 0.7) {
                String town = pickRegion(r -> r.population() < 100_000);
                Instant t0 = randomTime();
                for (int i = 0; i < 15 + random.nextInt(30); i++) {
                    emitIn(t0.plusSeconds(random.nextInt(3 * 3600)), pick(WEATHER), "@weer" + random.nextInt(1 << 30), town, 1);
                }
                decoy("weather words", town, t0, Duration.ofHours(3));
            }
        }

        private void decoy(String label, String town, Instant t0, Duration length) {
            events.add(new Event(Kind.DECOY, label, Set.of(town), t0, t0.plus(length), 0, ""));
        }

        private void national() {
            Instant t0 = randomTime();
            int minutes = 15 + random.nextInt(45);
            int n = 300 + random.nextInt(1200);
            for (int i = 0; i < n; i++) {
                emit(t0.plusMillis((long) (random.nextDouble() * minutes * 60_000)), complaintText(),
                        "@nat" + random.nextInt(1 << 30), randomPlace(), located);
            }
            events.add(new Event(Kind.NATIONAL, "national", Set.of("NL"), t0, t0.plus(Duration.ofMinutes(minutes)),
                    n, ""));
        }

        private String complaintText() {
            double lang = random.nextDouble();
            return pick(lang < 0.7 ? NL : lang < 0.85 ? EN : DE);
        }

        private void emitIn(Instant t, String template, String author, String region, double locatedShare) {
            List<Place> places = placesByRegion.get(region);
            emit(t, template, author, places.get(random.nextInt(places.size())), locatedShare);
        }

        /** A mention at a place: by coordinates, by the place's name in the text, or not located. */
        private void emit(Instant t, String template, String author, Place place, double locatedShare) {
            boolean isLocated = random.nextDouble() < locatedShare;
            boolean byGeo = isLocated && random.nextDouble() < geoShare;
            String where = isLocated && !byGeo ? (random.nextBoolean() ? " in " : " bij ") + place.name() : "";
            String text = String.format(template, where) + personal(template);
            Mention.Builder b = Mention.builder("w-" + ids++, t, text).author(author).source("eval");
            if (byGeo) {
                b.geo(new GeoPoint(place.lat() + random.nextGaussian() * 0.004, place.lon() + random.nextGaussian() * 0.006));
            }
            out.add(b.build());
        }

        /** What makes two people's complaints differ: a tag, a mood, a word of their own (mostly). */
        private String personal(String template) {
            double r = random.nextDouble();
            String tag = pick(TAGS);
            // a complaint about another operator does not tag this one
            tag = tag.toLowerCase(java.util.Locale.ROOT).contains("kpn") && isCompetitor(template) ? "" : tag;
            return r < 0.1 ? "" : tag + (r < 0.5 ? "" : " " + pick(MOODS) + " " + Integer.toString(random.nextInt(1 << 16), 36));
        }

        private boolean isCompetitor(String template) {
            for (String c : COMPETITOR) {
                if (c.equals(template)) {
                    return true;
                }
            }
            return false;
        }

        private Instant randomTime() {
            return start.plusSeconds(random.nextInt(7 * 86_400 - 6 * 3600));
        }

        private String suburb() {
            String city = pickFrom(CITIES);
            List<String> around = adjacency.neighbours(city).stream()
                    .filter(c -> !used.contains(c) && placesByRegion.containsKey(c)).toList();
            if (around.isEmpty()) {
                return null;
            }
            String code = around.get(random.nextInt(around.size()));
            used.add(code);
            return code;
        }

        private String pickFrom(String[] codes) {
            for (int guard = 0; guard < 20; guard++) {
                String code = codes[random.nextInt(codes.length)];
                if (used.add(code)) {
                    return code;
                }
            }
            return pickRegion(r -> true);
        }

        private String pickRegion(java.util.function.Predicate<Region> filter) {
            List<Region> candidates = municipalities.stream().filter(filter).filter(r -> !used.contains(r.code())).toList();
            String code = candidates.get(random.nextInt(candidates.size())).code();
            used.add(code);
            return code;
        }

        private Place randomPlace() {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return weighted.get(Math.min(weighted.size() - 1, i >= 0 ? i : -i - 1));
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }

        private int poisson(double mean) {
            return PoissonDraw.draw(random, mean);
        }
    }

    static double diurnal(int hour) {
        double[] shape = {0.3, 0.2, 0.12, 0.1, 0.1, 0.15, 0.4, 0.8, 1.1, 1.2, 1.2, 1.25, 1.35, 1.3, 1.2, 1.2,
            1.25, 1.35, 1.4, 1.5, 1.6, 1.5, 1.1, 0.6};
        return shape[hour];
    }
}
