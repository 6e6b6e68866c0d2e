package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.wall.MonitorAssignment.Assigned;

class MonitorAssignmentTest {

    // given out of order on purpose: the assignment numbers them left to right
    private static final MonitorInfo RIGHT = new MonitorInfo(0, 3840, 0, 1920, 1080, 1, false);
    private static final MonitorInfo LEFT = new MonitorInfo(0, 0, 0, 1920, 1080, 1, false);
    private static final MonitorInfo MIDDLE = new MonitorInfo(0, 1920, 0, 1920, 1080, 1, true);

    @Test
    void mapsOneBasedIndexesLeftToRight() {
        List<Assigned> result = MonitorAssignment.assign(
                List.of(screen("2", "webcare"), screen("1", "corporate"), screen("3", "board")),
                List.of(RIGHT, LEFT, MIDDLE));

        assertThat(result).extracting(a -> a.monitor().x()).containsExactly(0.0, 1920.0, 3840.0);
        assertThat(result).extracting(a -> a.screen().playlist()).containsExactly("corporate", "webcare", "board");
    }

    @Test
    void mapsPositionNames() {
        List<MonitorInfo> monitors = List.of(RIGHT, LEFT, MIDDLE);

        assertThat(playlistOn(LEFT, MonitorAssignment.assign(List.of(screen("left", "l")), monitors))).isEqualTo("l");
        assertThat(playlistOn(RIGHT, MonitorAssignment.assign(List.of(screen("x", "x"), screen("Right", "r")),
                monitors))).isEqualTo("r");
        assertThat(playlistOn(MIDDLE, MonitorAssignment.assign(List.of(screen("left", "l"), screen("center", "c")),
                monitors))).isEqualTo("c");
        assertThat(playlistOn(MIDDLE, MonitorAssignment.assign(List.of(screen("left", "l"), screen("primary", "p")),
                monitors))).isEqualTo("p");
    }

    @Test
    void mapsTopAndBottomOfAStack() {
        MonitorInfo upper = new MonitorInfo(0, 0, 0, 1920, 1080, 1, true);
        MonitorInfo lower = new MonitorInfo(0, 0, 1080, 1920, 1080, 1, false);

        List<Assigned> result = MonitorAssignment.assign(
                List.of(screen("bottom", "floor"), screen("top", "ceiling")), List.of(lower, upper));

        assertThat(result).extracting(a -> a.screen().playlist()).containsExactly("ceiling", "floor");
        assertThat(result.get(0).monitor()).isEqualTo(upper);
    }

    @Test
    void monitorWithoutEntryPlaysTheFirstScreensPlaylist() {
        List<Assigned> result = MonitorAssignment.assign(
                List.of(screen("2", "webcare"), screen("1", "corporate")), List.of(LEFT, MIDDLE, RIGHT));

        assertThat(result).extracting(a -> a.screen().playlist()).containsExactly("corporate", "webcare", "webcare");
    }

    @Test
    void entryWithoutMonitorIsIgnored() {
        List<Assigned> result = MonitorAssignment.assign(
                List.of(screen(null, "nowhere"), screen(" ", "blank"), screen("1", "corporate")), List.of(LEFT, MIDDLE));

        assertThat(result).extracting(a -> a.screen().playlist()).containsExactly("corporate", "corporate");
    }

    @Test
    void entryForMonitorThatIsNotConnectedIsIgnored() {
        List<Assigned> result = MonitorAssignment.assign(
                List.of(screen("3", "board"), screen("1", "corporate")), List.of(LEFT, MIDDLE));

        assertThat(result).extracting(a -> a.screen().playlist()).containsExactly("corporate", "corporate");
    }

    @Test
    void secondEntryForTheSameMonitorIsIgnored() {
        List<Assigned> result = MonitorAssignment.assign(
                List.of(screen("1", "first"), screen("left", "second")), List.of(LEFT));

        assertThat(result).extracting(a -> a.screen().playlist()).containsExactly("first");
    }

    @Test
    void wallWithoutUsableEntriesLeavesMonitorsWithoutScreen() {
        List<Assigned> result = MonitorAssignment.assign(List.of(screen("7", "far")), List.of(LEFT));

        assertThat(result).hasSize(1);
        assertThat(result.get(0).screen()).isNull();
    }

    private static String playlistOn(MonitorInfo monitor, List<Assigned> assignments) {
        return assignments.stream().filter(a -> a.monitor().x() == monitor.x()).findFirst().orElseThrow()
                .screen().playlist();
    }

    private static ScreenConfig screen(String monitor, String playlist) {
        return new ScreenConfig(monitor, playlist, "brand", null, 1);
    }

    @Test
    void monitorsTakenByAVideowallGetNoScreenButKeepTheirNumbers() {
        List<Assigned> result = MonitorAssignment.assign(List.of(screen("3", "board"), screen("1", "lobby")),
                List.of(LEFT, MIDDLE, RIGHT), java.util.Set.of(LEFT, MIDDLE));

        assertThat(result).singleElement().satisfies(a -> {
            assertThat(a.monitor()).isEqualTo(RIGHT);
            assertThat(a.screen().playlist()).isEqualTo("board");
        });
    }

    @Test
    void windowFollowsItsMonitorToANewResolution() {
        MonitorInfo before = new MonitorInfo(1, 0, 0, 1920, 1080, 1, true);
        MonitorInfo after = new MonitorInfo(1, 0, 0, 1280, 720, 1, true);
        Assigned next = new Assigned(after, screen("1", "lobby"));

        assertThat(MonitorAssignment.reuse(List.of(before), List.of(next))).containsEntry(next, before);
    }

    @Test
    void vanishedMonitorsWindowIsNotReusedAndAReturningMonitorGetsANewOne() {
        MonitorInfo first = new MonitorInfo(1, 0, 0, 1920, 1080, 1, true);
        MonitorInfo second = new MonitorInfo(2, 1920, 0, 1920, 1080, 1, false);
        Assigned onlyFirst = new Assigned(first, screen("1", "lobby"));

        assertThat(MonitorAssignment.reuse(List.of(first, second), List.of(onlyFirst)))
                .containsOnlyKeys(onlyFirst).containsEntry(onlyFirst, first);

        Assigned secondBack = new Assigned(second, screen("2", "webcare"));
        assertThat(MonitorAssignment.reuse(List.of(first), List.of(onlyFirst, secondBack)))
                .doesNotContainKey(secondBack);
    }

    @Test
    void sameBoundsWinOverSameNumber() {
        MonitorInfo a = new MonitorInfo(1, 0, 0, 100, 100, 1, true);
        MonitorInfo b = new MonitorInfo(2, 100, 0, 100, 100, 1, false);
        // b is now numbered 1 (a was unplugged and replugged to the right)
        Assigned bNowFirst = new Assigned(new MonitorInfo(1, 100, 0, 100, 100, 1, false), screen("1", "x"));

        assertThat(MonitorAssignment.reuse(List.of(a, b), List.of(bNowFirst))).containsEntry(bNowFirst, b);
    }
}
