package org.pulsewall.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pulsewall.enrich.Place;

/**
 * The events injected into a generated week (days counted from its start, times UTC):
 * day 2 an angry author posting twelve times in Utrecht and a complaint retweeted 30 times in
 * Zwolle (decoys); day 3 the mast on Texel fails (four islanders in half an hour); day 4 a fibre
 * line in Eindhoven congests slowly over three hours; day 5 a TV campaign draws 600 positive
 * mentions in an hour (decoy); day 6 a nationwide outage (900 complaints in 45 minutes).
 */
public final class Scenario {
    public static final String ISLAND = "island-outage";
    public static final String CITY = "city-build-up";
    public static final String NATIONAL = "national-surge";
    public static final String ANGRY_AUTHOR = "decoy-angry-author";
    public static final String RETWEETS = "decoy-retweets";
    public static final String CAMPAIGN = "decoy-tv-campaign";

    private final ChatterGenerator g;
    private final Instant start;
    private final List<ChatterGenerator.Incident> incidents = new ArrayList<>();

    Scenario(ChatterGenerator generator, Instant weekStart) {
        this.g = generator;
        this.start = weekStart;
    }

    List<ChatterGenerator.Incident> inject() {
        angryAuthor(at(2, 10, 0));
        retweets(at(2, 15, 0));
        island(at(3, 13, 0));
        cityBuildUp(at(4, 8, 0));
        campaign(at(5, 19, 0));
        nationwide(at(6, 18, 0));
        return List.copyOf(incidents);
    }

    private Instant at(int day, int hour, int minute) {
        return start.plus(Duration.ofDays(day).plusHours(hour).plusMinutes(minute));
    }

    private void island(Instant t0) {
        incidents.add(new ChatterGenerator.Incident(ISLAND, "GM0448", t0));
        String[] texts = {"Geen bereik in Den Burg, mast kapot?", "Hele De Koog zonder mobiel internet, geen bereik",
            "Storing op Texel? Kan niet bellen", "Oudeschild: geen signaal sinds een half uur"};
        for (int i = 0; i < texts.length; i++) {
            g.emitExact(t0.plus(Duration.ofMinutes(3 + i * 8L)), texts[i], "@texelaar" + i);
        }
    }

    private void cityBuildUp(Instant t0) {
        incidents.add(new ChatterGenerator.Incident(CITY, "GM0772", t0));
        Place eindhoven = g.place("Eindhoven");
        String[] complaints = ChatterGenerator.complaints();
        for (int minute = 0, n = 0; minute < 300; minute++) {
            double perHour = Math.min(12, 12.0 * minute / 180);
            if (g.random().nextDouble() < perHour / 60) {
                g.emit(t0.plus(Duration.ofMinutes(minute)), complaints[g.random().nextInt(complaints.length)],
                        "@ehv" + n++, eindhoven, g.random().nextDouble() * 0.75);
            }
        }
    }

    private void angryAuthor(Instant t0) {
        incidents.add(new ChatterGenerator.Incident(ANGRY_AUTHOR, "GM0344", t0));
        Place utrecht = g.place("Utrecht");
        String[] complaints = ChatterGenerator.complaints();
        for (int i = 0; i < 12; i++) {
            g.emit(t0.plus(Duration.ofMinutes(i * 9L)), complaints[i % complaints.length], "@boze_klant", utrecht, 0.5);
        }
    }

    private void retweets(Instant t0) {
        incidents.add(new ChatterGenerator.Incident(RETWEETS, "GM0193", t0));
        String original = "Geen internet in Zwolle, wie nog meer?";
        g.emitExact(t0, original, "@zwolle_origineel");
        for (int i = 0; i < 30; i++) {
            g.emitExact(t0.plus(Duration.ofSeconds(40L * (i + 1))), "RT @zwolle_origineel: " + original, "@rt" + i);
        }
    }

    private void campaign(Instant t0) {
        incidents.add(new ChatterGenerator.Incident(CAMPAIGN, "NL", t0));
        String[] positives = ChatterGenerator.positives();
        for (int i = 0; i < 600; i++) {
            g.emit(t0.plusSeconds(g.random().nextInt(3600)), positives[i % positives.length], "@fan" + i,
                    g.randomPlace(), g.random().nextDouble());
        }
    }

    private void nationwide(Instant t0) {
        incidents.add(new ChatterGenerator.Incident(NATIONAL, "NL", t0));
        String[] complaints = ChatterGenerator.complaints();
        for (int i = 0; i < 900; i++) {
            g.emit(t0.plusSeconds(g.random().nextInt(45 * 60)), complaints[i % complaints.length], "@landelijk" + i,
                    g.randomPlace(), g.random().nextDouble());
        }
    }
}
