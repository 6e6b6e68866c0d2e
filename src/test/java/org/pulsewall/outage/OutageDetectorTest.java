package org.pulsewall.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.LocationSource;
import org.pulsewall.enrich.Region;
import org.pulsewall.feed.Mention;

/** A country of twenty towns of 50,000 people and an island of 2,000, after two days of chatter. */
class OutageDetectorTest {
    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
    private static final int TOWNS = 20;
    private static final Location ISLAND = new Location("GM0001", "Eiland", "NL", 53.0, 4.8, LocationSource.TEXT);

    private OutageDetector detector;
    private Instant now;
    private int ids;

    private static List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region("GM0001", "Eiland", "NL", 2_000));
        for (int i = 0; i < TOWNS; i++) {
            regions.add(new Region(town(i).regionCode(), town(i).regionName(), "NL", 50_000));
        }
        return regions;
    }

    private static Location town(int i) {
        return new Location(String.format("GM%04d", 100 + i), "Stad " + i, "NL", 52.0, 5.0, LocationSource.GEO);
    }

    @BeforeEach
    void twoDaysOfChatter() {
        detector = new OutageDetector(OutageDetector.Config.defaults(), ComplaintClassifier.bundled(), regions());
        now = T0;
        assertThat(background(Duration.ofHours(48))).isEmpty();
    }

    /** A complaint every six minutes, towns in turn: half a complaint an hour per town. */
    private List<Alert> background(Duration length) {
        List<Alert> alerts = new ArrayList<>();
        Instant end = now.plus(length);
        while (now.isBefore(end)) {
            alerts.addAll(complain(town(ids % TOWNS), "@c" + ids, "geen bereik hier " + ids));
            now = now.plus(Duration.ofMinutes(6));
        }
        return alerts;
    }

    private List<Alert> complain(Location where, String author, String text) {
        Mention m = Mention.builder("m-" + ids++, now, text).author(author).build();
        return detector.accept(m, where);
    }

    private List<Alert> islandComplaints(int authors, Duration apart) {
        List<Alert> out = new ArrayList<>();
        for (int i = 0; i < authors; i++) {
            now = now.plus(apart);
            out.addAll(complain(ISLAND, "@eilander" + i, "Geen bereik op het eiland, dag " + i));
        }
        return out;
    }

    @Test
    void raisesAnAlertWhenThreeIslandersComplainWithinHalfAnHour() {
        List<Alert> alerts = islandComplaints(3, Duration.ofMinutes(8));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.region()).isEqualTo("GM0001");
            assertThat(a.name()).isEqualTo("Eiland");
            assertThat(a.mentions()).isEqualTo(3);
            assertThat(a.detectedAt()).isEqualTo(now);
            assertThat(a.start()).isEqualTo(now.minus(Duration.ofMinutes(16)));
            assertThat(a.baseline()).isBetween(0.0, 0.1);
            assertThat(a.mentionIds()).hasSize(3);
            assertThat(a.national()).isFalse();
            assertThat(a.cleared()).isFalse();
        });
    }

    @Test
    void needsAtLeastThreeAuthorsHoweverQuietTheRegion() {
        assertThat(islandComplaints(2, Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void countsOneAuthorPostingTwelveTimesOnce() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            now = now.plus(Duration.ofMinutes(2));
            alerts.addAll(complain(ISLAND, "@boos", "Geen bereik, poging " + i));
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void countsRetweetsOfOneTextOnce() {
        List<Alert> alerts = new ArrayList<>(complain(ISLAND, "@bron", "Geen bereik op het eiland!"));
        for (int i = 0; i < 10; i++) {
            now = now.plus(Duration.ofMinutes(1));
            alerts.addAll(complain(ISLAND, "@rt" + i, "RT @bron: Geen bereik op het eiland!"));
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void ignoresMentionsThatAreNotComplaints() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            now = now.plus(Duration.ofMinutes(1));
            alerts.addAll(complain(ISLAND, "@fan" + i, "Wat een leuke reclame " + i));
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void staysQuietWhileEveryRegionIsAtItsNormalRate() {
        assertThat(background(Duration.ofHours(24))).isEmpty();
    }

    @Test
    void clearsTheAlertWhenComplaintsStop() {
        assertThat(islandComplaints(3, Duration.ofMinutes(5))).hasSize(1);
        assertThat(detector.activeAlerts()).hasSize(1);
        List<Alert> later = background(Duration.ofHours(1));
        assertThat(later).singleElement().satisfies(a -> {
            assertThat(a.cleared()).isTrue();
            assertThat(a.region()).isEqualTo("GM0001");
        });
        assertThat(detector.activeAlerts()).isEmpty();
    }

    @Test
    void anAlertStandsAtMostSixHoursAndALevelThatStaysUpBecomesNormal() {
        Location poorCoverage = town(0);
        List<Alert> alerts = new ArrayList<>();
        for (int minute = 1; minute <= 96 * 60; minute++) {
            now = now.plus(Duration.ofMinutes(1));
            if (minute % 6 == 0) {
                alerts.addAll(complain(town(ids % TOWNS), "@c" + ids, "geen bereik hier " + ids));
            }
            if (minute % 10 == 0) {
                alerts.addAll(complain(poorCoverage, "@buur" + minute, "Weer slecht bereik in de stad " + minute));
            }
        }
        List<Alert> raised = alerts.stream().filter(a -> !a.cleared()).toList();
        assertThat(raised).as("the town's new level alerts at first").isNotEmpty()
                .allMatch(a -> a.region().equals(poorCoverage.regionCode()));
        for (Alert a : raised) {
            assertThat(alerts).as("each alert clears within six hours")
                    .anyMatch(c -> c.cleared() && c.region().equals(a.region()) && !c.detectedAt().isBefore(a.detectedAt())
                            && Duration.between(a.detectedAt(), c.detectedAt()).compareTo(Duration.ofMinutes(361)) <= 0);
        }
        assertThat(raised).as("after a few days at that level it is normal")
                .allMatch(a -> a.detectedAt().isBefore(T0.plus(Duration.ofHours(48 + 72))));
        assertThat(detector.activeAlerts()).isEmpty();
    }

    @Test
    void raisesNothingInItsFirstHalfHour() {
        OutageDetector fresh = new OutageDetector(OutageDetector.Config.defaults(), ComplaintClassifier.bundled(),
                regions());
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Mention m = Mention.builder("x" + i, T0.plusSeconds(60L * i), "geen bereik " + i).author("@a" + i).build();
            alerts.addAll(fresh.accept(m, ISLAND));
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void raisesAnAlertForFiveComplainersOnASmallIslandOnItsFirstEveningWithoutHistory() {
        detector = new OutageDetector(OutageDetector.Config.defaults(), ComplaintClassifier.bundled(), regions());
        now = T0.plus(Duration.ofHours(17));
        assertThat(background(Duration.ofHours(2))).isEmpty();
        List<Alert> alerts = islandComplaints(5, Duration.ofMinutes(4));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.region()).isEqualTo("GM0001");
            assertThat(a.mentions()).isBetween(3, 5);
        });
    }

    @Test
    void aClusterOverNeighbouringTownsIsOneAlertNamingThem() {
        Map<String, Set<String>> borders = Map.of(town(0).regionCode(), Set.of(town(1).regionCode(), town(2).regionCode()),
                town(1).regionCode(), Set.of(town(0).regionCode()), town(2).regionCode(), Set.of(town(0).regionCode()));
        detector = new OutageDetector(OutageDetector.Config.defaults(), ComplaintClassifier.bundled(), regions(),
                code -> borders.getOrDefault(code, Set.of()));
        now = T0;
        assertThat(background(Duration.ofHours(48))).isEmpty();
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            now = now.plus(Duration.ofMinutes(2));
            alerts.addAll(complain(town(i % 3), "@backbone" + i, "internet ligt eruit " + i));
        }
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.national()).isFalse();
            assertThat(a.name()).contains("Stad 0").contains("Stad 1").contains("Stad 2");
            assertThat(a.mentions()).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void aCityOutageWithManyComplaintsThatNameNoPlaceIsNotNational() {
        // as usual, two complaints in three name no place
        for (int i = 0; i < 90; i++) {
            now = now.plus(Duration.ofMinutes(2));
            assertThat(complain(i % 3 == 0 ? town(i % TOWNS) : null, "@elders" + i, "geen bereik " + i)).isEmpty();
        }
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            now = now.plusSeconds(10);
            alerts.addAll(complain(i % 3 == 0 ? town(3) : null, "@stad" + i, "internet ligt eruit " + i));
        }
        assertThat(alerts).extracting(Alert::region).containsExactly("GM0103");
    }

    @Test
    void aNationwideSurgeRaisesOneNationalAlertAndNoRegionalOnes() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            now = now.plusSeconds(2);
            Location where = i % 5 == 0 ? null : town(i % TOWNS);
            alerts.addAll(complain(where, "@s" + i, "storing overal " + i));
        }
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.national()).isTrue();
            assertThat(a.region()).isEqualTo("NL");
            assertThat(a.name()).isEqualTo("Netherlands");
        });
    }

    @Test
    void aCityOutageDuringNormalChatterIsNotNational() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            now = now.plusSeconds(30);
            alerts.addAll(complain(town(3), "@stad" + i, "internet ligt eruit " + i));
        }
        assertThat(alerts).extracting(Alert::region).containsExactly("GM0103");
    }

    @Test
    void aRegionalAlertRaisedAsTheSurgeBeganIsClearedIntoTheNationalOne() {
        List<Alert> alerts = new ArrayList<>(islandComplaints(3, Duration.ofMinutes(2)));
        for (int i = 0; i < 300; i++) {
            now = now.plusSeconds(2);
            alerts.addAll(complain(i % 5 == 0 ? null : town(i % TOWNS), "@s" + i, "storing overal " + i));
        }
        assertThat(alerts).extracting(Alert::region, Alert::national, Alert::cleared)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GM0001", false, false),
                        org.assertj.core.groups.Tuple.tuple("GM0001", false, true),
                        org.assertj.core.groups.Tuple.tuple("NL", true, false));
        assertThat(detector.activeAlerts()).extracting(Alert::region).containsExactly("NL");
    }
}
