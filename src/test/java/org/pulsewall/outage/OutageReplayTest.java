package org.pulsewall.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pulsewall.bench.ChatterGenerator;
import org.pulsewall.bench.Scenario;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.HandleDirectory;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.PostcodeTable;
import org.pulsewall.feed.Mention;

/**
 * Replays a generated week (fixed seed) of nationwide chatter with injected outages and decoys
 * and checks what the SQC would have seen. Prints each detection delay.
 */
class OutageReplayTest {
    private static final Instant WEEK_START = Instant.parse("2026-11-02T00:00:00Z");
    private static ChatterGenerator.Week week;
    private static List<Alert> raised;
    private static List<Alert> cleared;

    @BeforeAll
    static void replayWeek() {
        Gazetteer gazetteer = Gazetteer.bundled();
        week = new ChatterGenerator(gazetteer, 20261123L).week(WEEK_START, 30_000, 0.08, true);
        LocationResolver resolver = new LocationResolver(gazetteer, PostcodeTable.empty(), HandleDirectory.empty());
        OutageDetector detector = OutageDetector.withDefaults(gazetteer);
        raised = new ArrayList<>();
        cleared = new ArrayList<>();
        for (Mention m : week.mentions()) {
            detector.accept(m, resolver.resolve(m).orElse(null)).forEach(a -> (a.cleared() ? cleared : raised).add(a));
        }
        raised.forEach(a -> System.out.println("alert " + DetectReplay.toJson(a)));
    }

    @Test
    void findsTheIslandOutageWithinHalfAnHour() {
        Duration delay = delayOf(Scenario.ISLAND);
        assertThat(delay).isLessThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void findsTheSlowCityBuildUpWithinThreeAndAHalfHours() {
        Duration delay = delayOf(Scenario.CITY);
        assertThat(delay).isLessThanOrEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void raisesExactlyOneNationalAlertForTheNationwideSurgeWithinFifteenMinutes() {
        List<Alert> national = raised.stream().filter(Alert::national).toList();
        assertThat(national).hasSize(1);
        assertThat(delayOf(Scenario.NATIONAL)).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void raisesNoRegionalAlertDuringTheNationwideSurge() {
        Instant surge = incident(Scenario.NATIONAL).start();
        assertThat(raised).filteredOn(a -> !a.national() && !a.detectedAt().isBefore(surge)).isEmpty();
    }

    @Test
    void raisesNothingButTheInjectedOutages() {
        Map<String, Long> perRegion = raised.stream().collect(Collectors.groupingBy(Alert::region, Collectors.counting()));
        assertThat(perRegion).containsOnlyKeys("GM0448", "GM0772", "NL");
        assertThat(perRegion.get("GM0448")).isEqualTo(1);
        assertThat(perRegion.get("GM0772")).isEqualTo(1);
    }

    @Test
    void ignoresAnAngryAuthorRetweetsAndATvCampaign() {
        assertThat(raised).noneMatch(a -> a.region().equals(incident(Scenario.ANGRY_AUTHOR).regionCode()));
        assertThat(raised).noneMatch(a -> a.region().equals(incident(Scenario.RETWEETS).regionCode()));
        Instant campaign = incident(Scenario.CAMPAIGN).start();
        assertThat(raised).noneMatch(a -> !a.detectedAt().isBefore(campaign)
                && a.detectedAt().isBefore(campaign.plus(Duration.ofHours(2))));
    }

    @Test
    void clearsEachAlertOnceVolumeIsBackToNormal() {
        assertThat(cleared).extracting(Alert::region).containsExactlyElementsOf(
                raised.stream().map(Alert::region).toList());
        assertThat(clearedAt("GM0448")).isBefore(incident(Scenario.ISLAND).start().plus(Duration.ofMinutes(90)));
        assertThat(clearedAt("NL")).isBefore(incident(Scenario.NATIONAL).start().plus(Duration.ofMinutes(45 + 60)));
        cleared.forEach(a -> System.out.printf("cleared %s at %s%n", a.name(), a.detectedAt()));
    }

    private static Instant clearedAt(String region) {
        return cleared.stream().filter(a -> a.region().equals(region)).findFirst().orElseThrow().detectedAt();
    }

    private static Duration delayOf(String kind) {
        ChatterGenerator.Incident incident = incident(kind);
        Alert alert = raised.stream()
                .filter(a -> a.region().equals(incident.regionCode()) && !a.detectedAt().isBefore(incident.start()))
                .findFirst().orElseThrow(() -> new AssertionError("no alert for " + kind));
        Duration delay = Duration.between(incident.start(), alert.detectedAt());
        System.out.printf("%s in %s (%s): detected after %d min, %d mentions, baseline %.3f%n", kind, alert.name(),
                alert.region(), delay.toMinutes(), alert.mentions(), alert.baseline());
        return delay;
    }

    private static ChatterGenerator.Incident incident(String kind) {
        return week.incidents().stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }
}
