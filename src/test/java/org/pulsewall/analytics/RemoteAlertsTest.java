package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.pulsewall.outage.Alert;
import org.pulsewall.testing.MutableClock;

class RemoteAlertsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final RemoteAlerts remote = new RemoteAlerts(clock, Duration.ofMinutes(2));

    private static Alert alert(String region, Instant start, boolean cleared) {
        return new Alert(region, "Name " + region, start, start.plusSeconds(60), 4, 0.5, List.of("m-1"), false, cleared);
    }

    private static AnalyticsSnapshot local(long version, List<Alert> alerts) {
        RegionActivity texel = new RegionActivity("GM0448", "Texel", "NL", 53.05, 4.8, 9, 4, 0.2, -0.5, false);
        RegionActivity adam = new RegionActivity("GM0363", "Amsterdam", "NL", 52.37, 4.9, 30, 2, 3, 0.1,
                alerts.stream().anyMatch(a -> a.region().equals("GM0363")));
        return new AnalyticsSnapshot(version, T0, List.of(texel, adam), alerts, Map.of());
    }

    @Test
    void remoteAlertReplacesLocalAlertsAndMarksItsRegionOnTheMap() {
        Alert localOne = alert("GM0363", T0.minusSeconds(300), false);
        Alert fleetOne = alert("GM0448", T0.minusSeconds(600), false);
        remote.accept(fleetOne, T0);

        AnalyticsSnapshot seen = remote.merge(() -> local(1, List.of(localOne)), false).get();

        assertThat(seen.alerts()).containsExactly(fleetOne);
        assertThat(seen.region("GM0448")).get().extracting(RegionActivity::alerting).isEqualTo(true);
        assertThat(seen.region("GM0363")).get().extracting(RegionActivity::alerting).isEqualTo(false);
    }

    @Test
    void keepsLocalAlertsBesideRemoteOnesWhenAskedWithoutDoublingTheSameAlert() {
        Alert both = alert("GM0448", T0.minusSeconds(600), false);
        Alert localOnly = alert("GM0363", T0.minusSeconds(60), false);
        remote.accept(both, T0);

        AnalyticsSnapshot seen = remote.merge(() -> local(1, List.of(both, localOnly)), true).get();

        assertThat(seen.alerts()).containsExactly(localOnly, both);
    }

    @Test
    void clearRemovesTheAlertAndANewerVersionIsPublished() {
        Alert raised = alert("GM0448", T0.minusSeconds(600), false);
        Supplier<AnalyticsSnapshot> screens = remote.merge(() -> local(1, List.of()), false);
        remote.accept(raised, T0);
        AnalyticsSnapshot before = screens.get();

        remote.accept(alert("GM0448", T0.minusSeconds(600), true), T0.plusSeconds(5));
        AnalyticsSnapshot after = screens.get();

        assertThat(before.alerts()).hasSize(1);
        assertThat(after.alerts()).isEmpty();
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(screens.get()).isSameAs(after);
    }

    @Test
    void alertNotRepublishedWithinTheTtlExpires() {
        remote.accept(alert("GM0448", T0.minusSeconds(600), false), T0);
        clock.advance(Duration.ofSeconds(90));
        assertThat(remote.active()).hasSize(1);
        remote.accept(alert("GM0448", T0.minusSeconds(600), false), clock.instant());
        clock.advance(Duration.ofSeconds(90));
        assertThat(remote.active()).as("refreshed by the republish").hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        assertThat(remote.active()).isEmpty();
    }

    @Test
    void anOldRaiseReadFromTheLookBackIsNotShown() {
        remote.accept(alert("GM0448", T0.minusSeconds(3000), false), T0.minusSeconds(2400));
        assertThat(remote.active()).isEmpty();
    }
}
