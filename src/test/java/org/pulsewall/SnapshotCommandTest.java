package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class SnapshotCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkitOfTheTestRun() throws Exception {
        // the command starts the toolkit itself when it is alone; in a test run TestFX owns it
        FxToolkit.registerPrimaryStage();
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path wall() throws Exception {
        Files.writeString(dir.resolve("wall.yaml"), """
                sources:
                  - { id: demo, type: demo, every: 1s, rate: 2 }
                topics:
                  outage: 'storing OR outage OR Störung'
                screens:
                  - { monitor: 1, playlist: lobby, theme: dark }
                """);
        Files.createDirectories(dir.resolve("playlists"));
        Files.writeString(dir.resolve("playlists/lobby.yaml"), """
                name: lobby
                items:
                  - { scene: message, duration: 10s, text: "Welkom" }
                """);
        Files.writeString(dir.resolve("playlists/tiny.yaml"), """
                name: tiny
                items:
                  - { scene: volume-chart, duration: 20s, title: "Mentions" }
                  - { scene: share-of-voice, duration: 20s, competitors: 'outage,"netz"', operator: "KPN" }
                """);
        Files.createDirectories(dir.resolve("themes"));
        Files.copy(Path.of("themes", "dark.css"), dir.resolve("themes/dark.css"));
        Files.copy(Path.of("themes", "brand.css"), dir.resolve("themes/brand.css"));
        Files.copy(Path.of("themes", "base.css"), dir.resolve("themes/base.css"));
        return dir.resolve("wall.yaml");
    }

    @Test
    void rendersEveryItemOfAPlaylistToANonBlankPng() throws Exception {
        Path config = wall();
        Path target = dir.resolve("out");
        int code = run("snapshot", "--config", config.toString(), "--playlist", "tiny", "--out", target.toString());
        assertThat(code).as(err.toString()).isZero();
        Path chart = target.resolve("01-volume-chart.png");
        Path voices = target.resolve("02-share-of-voice.png");
        assertThat(out.toString().lines()).containsExactly(chart.toString(), voices.toString());
        assertThat(distinctColours(chart)).isGreaterThan(3);
        assertThat(distinctColours(voices)).isGreaterThan(3);
    }

    @Test
    void rendersLayoutsClipsAndPagesThatDoNotLoad() throws Exception {
        Path config = wall();
        Files.createDirectories(dir.resolve("media"));
        Files.copy(Path.of("media", "demo-clip.mp4"), dir.resolve("media/demo-clip.mp4"));
        Files.writeString(dir.resolve("playlists/mixed.yaml"), """
                name: mixed
                items:
                  - layout: main-side-ticker
                    duration: 20s
                    zones:
                      main: { scene: response-time, accounts: "@KPNwebcare", topic: outage }
                      side: { scene: metrics }
                      ticker: { scene: ticker }
                  - { scene: video, file: media/demo-clip.mp4, duration: 10s }
                  - { scene: web, url: "http://127.0.0.1:9/board", timeout: 2s, duration: 10s }
                """);
        Path target = dir.resolve("out");
        int code = run("snapshot", "--config", config.toString(), "--playlist", "mixed", "--out", target.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(distinctColours(target.resolve("01-layout.png"))).isGreaterThan(3);
        assertThat(distinctColours(target.resolve("02-video.png"))).isGreaterThan(3);
        assertThat(distinctColours(target.resolve("03-web.png"))).isGreaterThan(1);
    }

    @Test
    void unknownPlaylistFailsNamingTheFile() throws Exception {
        Path config = wall();
        int code = run("snapshot", "--config", config.toString(), "--playlist", "nope", "--out",
                dir.resolve("out").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("playlists/nope.yaml").contains("not found");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void itemThatCannotBeBuiltFailsNamingItsLine() throws Exception {
        Path config = wall();
        Files.writeString(dir.resolve("playlists/broken.yaml"), """
                name: broken
                items:
                  - { scene: sentiment, duration: 20s, window: 7d }
                """);
        int code = run("snapshot", "--config", config.toString(), "--playlist", "broken", "--out",
                dir.resolve("out").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("broken.yaml:3").contains("window");
    }

    @Test
    void checkPassesACleanPlaylistEvenWithTheAlertBannerUp() throws Exception {
        Path config = wall();
        int code = run("snapshot", "--config", config.toString(), "--playlist", "lobby", "--out",
                dir.resolve("out").toString(), "--check", "--with-alert");
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("out/01-message.png")).isRegularFile();
    }

    @Test
    void checkFindsATitleOfTwoThousandCharactersWhileTheBannerPushesTitlesDownAsLive() throws Exception {
        Path config = wall();
        Files.writeString(dir.resolve("playlists/long.yaml"), "name: long\nitems:\n"
                + "  - { scene: message, duration: 10s, text: \"Welkom\", title: \"Storing " + "x".repeat(1992) + "\" }\n"
                + "  - { scene: volume-chart, duration: 10s, title: \"First reply within the hour\" }\n");
        int code = run("snapshot", "--config", config.toString(), "--playlist", "long", "--out",
                dir.resolve("out").toString(), "--check", "--with-alert", "--size", "1280x720");
        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(out.toString().lines()).anyMatch(l -> l.contains("playlists/long.yaml:3: item 1 (message): text c"));
        // live the outage banner is a strip above the scenes (ScreenPlayer's layout top): no title under it
        assertThat(out.toString()).doesNotContain("First reply within the hour");
        assertThat(ImageIO.read(dir.resolve("out/02-volume-chart.png").toFile()).getWidth()).isEqualTo(1280);
    }

    @Test
    void sizeThatIsNotWidthByHeightExitsWithTwo() throws Exception {
        Path config = wall();
        int code = run("snapshot", "--config", config.toString(), "--playlist", "lobby", "--out",
                dir.resolve("out").toString(), "--size", "1920*1080");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--size").contains("1920*1080");
    }

    private static int distinctColours(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
