package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.playlist.Programme;

class ScreensReaderTest {
    @TempDir
    Path dir;
    private ConfigDir config;

    @BeforeEach
    void setUp() throws IOException {
        config = new ConfigDir(dir).theme("brand");
        for (String name : List.of("lobby", "lobby-morning", "hall")) {
            config.playlist(name, "name: " + name + "\nitems:\n  - { scene: clock, duration: 10s }\n");
        }
    }

    private WallConfig load(String wallYaml) throws Exception {
        return config.load(wallYaml);
    }

    private List<String> problems(String wallYaml) {
        return config.problems(wallYaml);
    }

    @Test
    void readsScheduledPlaylistsOfAScreenWithTheUnscheduledOneAsDefault() throws Exception {
        WallConfig config = load("""
                timezone: Europe/Amsterdam
                screens:
                  - monitor: 1
                    playlists:
                      - { playlist: lobby-morning, schedule: { days: [mon-fri], from: "07:00", to: "12:00" } }
                      - { playlist: lobby }
                """);

        Programme programme = config.screens().get(0).programme();
        assertThat(programme.fallback()).isEqualTo("lobby");
        assertThat(programme.scheduled()).singleElement().satisfies(e -> {
            assertThat(e.playlist()).isEqualTo("lobby-morning");
            assertThat(e.schedule().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            assertThat(e.schedule().from()).isEqualTo(LocalTime.of(7, 0));
            assertThat(e.line()).isEqualTo(5);
        });
        assertThat(config.playlists()).containsKeys("lobby", "lobby-morning");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void singlePlaylistFormStillWorksAndZoneDefaultsToTheSystems() throws Exception {
        WallConfig config = load("screens:\n  - { monitor: 1, playlist: lobby }\n");

        assertThat(config.screens().get(0).programme()).isEqualTo(Programme.single("lobby"));
        assertThat(config.timezone()).isNull();
    }

    @Test
    void reportsScheduleAndTimezoneMistakesWithTheirLines() {
        assertThat(problems("""
                timezone: Mars/Olympus
                screens:
                  - monitor: 1
                    playlists:
                      - { playlist: lobby-morning, schedule: { days: [mon-frx], from: "07:00", to: "07:00" } }
                      - { playlist: lobby }
                      - { playlist: hall }
                """)).anySatisfy(p -> assertThat(p).endsWith("wall.yaml:1: timezone 'Mars/Olympus' is not a zone "
                        + "such as Europe/Amsterdam"))
                .anySatisfy(p -> assertThat(p).contains("wall.yaml:5: unknown day 'mon-frx'"))
                .anySatisfy(p -> assertThat(p).contains("wall.yaml:5: from and to are both 07:00"))
                .anySatisfy(p -> assertThat(p).contains("wall.yaml:7: only one entry may go without a schedule"));
    }

    @Test
    void scheduledPlaylistThatDoesNotExistIsReported() {
        assertThat(problems("""
                screens:
                  - monitor: 1
                    playlists: [ { playlist: nope, schedule: { from: "07:00", to: "08:00" } }, { playlist: lobby } ]
                """)).anySatisfy(p -> assertThat(p).contains("wall.yaml:2: playlist 'nope' not found"));
    }

    @Test
    void readsAVideowallWithBezelsAndOffsets() throws Exception {
        WallConfig config = load("""
                videowall: { grid: 3x1, monitors: [1, 2, 3], playlist: hall, bezelMm: 10, monitorWidthMm: 527,
                             offsets: { 2: { x: 0, y: 4 } } }
                """);

        VideowallConfig wall = config.videowall();
        assertThat(wall.columns()).isEqualTo(3);
        assertThat(wall.rows()).isEqualTo(1);
        assertThat(wall.monitors()).containsExactly("1", "2", "3");
        assertThat(wall.bezelMm()).isEqualTo(10.0);
        assertThat(wall.offsetOf("2")).isEqualTo(new VideowallConfig.Offset(0, 4));
        assertThat(wall.offsetOf("1")).isEqualTo(VideowallConfig.Offset.NONE);
        assertThat(config.screens()).isEmpty();
        assertThat(config.playlists()).containsKey("hall");
    }

    @Test
    void reportsVideowallMistakes() {
        assertThat(problems("""
                videowall:
                  grid: 3x2
                  monitors: [1, 2, 2]
                  playlist: hall
                  bezelMm: 10
                  offsets: { 7: { x: 1, z: 2 } }
                """)).anySatisfy(p -> assertThat(p).contains("wall.yaml:3: a 3x2 videowall needs 6 monitors"))
                .anySatisfy(p -> assertThat(p).contains("wall.yaml:3: monitor 2 is listed twice"))
                .anySatisfy(p -> assertThat(p).contains("wall.yaml:5: bezelMm needs 'monitorWidthMm'"))
                .anySatisfy(p -> assertThat(p).contains("wall.yaml:6: offset for monitor 7"))
                .anySatisfy(p -> assertThat(p).contains("wall.yaml:6: an offset has 'x' and 'y'"));
    }

    @Test
    void readsViewingDistanceAndDiagonalPerScreenAndVideowallDefaultingToThreeMetresAnd55Inches() throws Exception {
        WallConfig config = load("""
                screens:
                  - { monitor: 1, playlist: lobby, viewingDistance: 6m, diagonal: 75in }
                  - { monitor: 2, playlist: lobby }
                videowall: { grid: 3x1, monitors: [3, 4, 5], playlist: hall, diagonal: 140cm }
                """);
        assertThat(config.screens().get(0).viewing()).isEqualTo(new Viewing(6, 75));
        assertThat(config.screens().get(1).viewing()).isEqualTo(Viewing.DEFAULT);
        assertThat(config.videowall().viewing().distanceMetres()).isEqualTo(3);
        assertThat(config.videowall().viewing().diagonalInches()).isCloseTo(55.1, org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void rejectsAViewingDistanceWithoutUnitNamingItsLine() {
        assertThat(problems("""
                screens:
                  - { monitor: 1, playlist: lobby, viewingDistance: 3 }
                """)).singleElement().asString().contains("wall.yaml:2").contains("'3' is not a length");
    }

    @Test
    void aScreenMayShowTheNoiseTheWallHidesAndHidesItByDefault() throws Exception {
        WallConfig config = load("""
                screens:
                  - { monitor: 1, playlist: lobby, noise: show }
                  - { monitor: 2, playlist: lobby }
                """);
        assertThat(config.screens().get(0).showNoise()).isTrue();
        assertThat(config.screens().get(1).showNoise()).isFalse();
    }

    @Test
    void rejectsANoiseValueOtherThanShowOrHideNamingItsLine() {
        assertThat(problems("""
                screens:
                  - { monitor: 1, playlist: lobby }
                  - { monitor: 2, playlist: lobby, noise: maybe }
                """)).singleElement().asString().contains("wall.yaml:3").contains("noise must be show or hide, not 'maybe'");
    }
}
