package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.pulsewall.config.ConfigWatcher;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;

/**
 * Every kind of broken wall.yaml, playlist, theme and media reference, loaded with the player's own
 * checks: each is rejected naming the broken file and line, and a watcher keeps the last good
 * configuration playing, also while a file is caught half written. The table of faults and the
 * first problem each produced is written to {@code target/reliability/config-faults.md}.
 */
class ConfigFaultsTest {
    static final String WALL = """
            sources:
              - { id: demo, type: demo, every: 1s, rate: 3 }
            topics:
              outage: 'storing OR "geen bereik"'
            screens:
              - { monitor: 1, playlist: lobby, theme: dark }
            """;
    static final String PLAYLIST = """
            name: lobby
            items:
              - { scene: mention-wall, duration: 20s, topic: outage }
              - { scene: image, file: media/campaign.png, duration: 10s }
              - { scene: message, text: "Welcome", duration: 10s }
            overlay: { scene: ticker }
            """;

    /** A broken file: which file, its text, and the line the problem must name. */
    record Fault(String name, String file, String text, int line) {
    }

    static List<Fault> faults() {
        String p = "playlists/lobby.yaml";
        return List.of(
                new Fault("wall.yaml: YAML syntax (unclosed bracket)", "wall.yaml", WALL.replace("rate: 3 }", "rate: 3"), 3),
                new Fault("wall.yaml: tab indentation", "wall.yaml", WALL.replace("  - { monitor", "\t- { monitor"), 6),
                new Fault("wall.yaml: unknown source type", "wall.yaml", WALL.replace("type: demo", "type: twitter"), 2),
                new Fault("wall.yaml: source without id", "wall.yaml", WALL.replace("id: demo, ", ""), 2),
                new Fault("wall.yaml: bad duration", "wall.yaml", WALL.replace("every: 1s", "every: soon"), 2),
                new Fault("wall.yaml: bad rate", "wall.yaml", WALL.replace("rate: 3", "rate: -3"), 2),
                new Fault("wall.yaml: topic syntax", "wall.yaml", WALL.replace("storing OR", "storing OR ("), 4),
                new Fault("wall.yaml: unknown playlist", "wall.yaml", WALL.replace("playlist: lobby", "playlist: lobyy"), 6),
                new Fault("wall.yaml: unknown theme", "wall.yaml", WALL.replace("theme: dark", "theme: drak"), 6),
                new Fault("wall.yaml: sources is a number", "wall.yaml", "sources: 42\n" + WALL.substring(WALL.indexOf("topics:")), 1),
                new Fault("wall.yaml: screens missing", "wall.yaml", WALL.substring(0, WALL.indexOf("screens:")), 1),
                new Fault("wall.yaml: empty file", "wall.yaml", "", 1),
                new Fault("playlist: unknown scene", p, PLAYLIST.replace("scene: message", "scene: mesage"), 5),
                new Fault("playlist: required parameter missing", p, PLAYLIST.replace("text: \"Welcome\", ", ""), 5),
                new Fault("playlist: unknown parameter", p, PLAYLIST.replace("topic: outage", "topik: outage"), 3),
                new Fault("playlist: bad duration", p, PLAYLIST.replace("duration: 20s", "duration: twenty"), 3),
                new Fault("playlist: bad schedule", p, PLAYLIST.replace("duration: 10s }\n  - { scene: message",
                        "duration: 10s, schedule: { days: [funday], from: \"25:00\" } }\n  - { scene: message"), 4),
                new Fault("playlist: topic syntax", p, PLAYLIST.replace("topic: outage", "topic: 'a AND (b'"), 3),
                new Fault("playlist: YAML syntax", p, PLAYLIST.replace("items:", "items: ["), 3),
                new Fault("playlist: no items", p, "name: lobby\nitems: []\n", 2),
                new Fault("playlist: unknown overlay scene", p, PLAYLIST.replace("scene: ticker", "scene: tikker"), 6),
                new Fault("media: image file missing", p, PLAYLIST.replace("media/campaign.png", "media/gone.png"), 4),
                new Fault("media: image is a directory", p, PLAYLIST.replace("media/campaign.png", "media"), 4));
    }

    @TempDir
    Path dir;
    private final Assembly assembly = new Assembly();

    @AfterEach
    void closeAssembly() {
        assembly.close();
    }

    private void writeGood() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("wall.yaml"), WALL);
        Files.writeString(dir.resolve("playlists/lobby.yaml"), PLAYLIST);
        Files.writeString(dir.resolve("themes/dark.css"), ".pw-screen { -fx-background-color: black; }\n");
        Files.copy(Path.of("media/campaign.png"), dir.resolve("media/campaign.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> problems() {
        try {
            assembly.loader().load(ConfigBase.directory(dir), "wall.yaml");
            return List.of();
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
    }

    @Test
    void theGoodConfigurationLoads() throws IOException {
        writeGood();
        assertThat(problems()).isEmpty();
    }

    @Test
    void everyBrokenFileIsRejectedNamingItsFileAndLine() throws IOException {
        StringBuilder table = new StringBuilder("| fault | rejected with |\n| --- | --- |\n");
        List<String> misses = new ArrayList<>();
        for (Fault f : faults()) {
            writeGood();
            Files.writeString(dir.resolve(f.file()), f.text());
            List<String> problems = problems();
            String where = dir.resolve(f.file()) + ":" + f.line() + ":";
            if (problems.stream().noneMatch(p -> p.startsWith(where))) {
                misses.add(f.name() + " -> " + problems);
            }
            String first = problems.isEmpty() ? "ACCEPTED" : problems.get(0).replace(dir + "/", "");
            table.append("| ").append(f.name()).append(" | `").append(first.replace("|", "/")).append("` |\n");
        }
        Path out = Path.of("target", "reliability", "config-faults.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(misses).isEmpty();
    }

    @Test
    void aNonUtf8WallFileIsRejectedNotMisread() throws IOException {
        writeGood();
        Files.write(dir.resolve("wall.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 's', 0, 'c', (byte) 0xc3, 0x28});
        assertThat(problems()).isNotEmpty().allMatch(p -> p.startsWith(dir.resolve("wall.yaml").toString()));
    }

    @Test
    void aPlaylistCaughtHalfWrittenIsRejectedAndTheCompleteOneTakesOver() throws Exception {
        writeGood();
        List<WallConfig> applied = new CopyOnWriteArrayList<>();
        WallConfigLoader loader = assembly.loader();
        ConfigBase.Directory base = (ConfigBase.Directory) ConfigBase.directory(dir);
        String complete = PLAYLIST.replace("overlay:", "  - { scene: clock, duration: 10s, zone: Europe/Amsterdam }\noverlay:");
        try (ConfigWatcher watcher = new ConfigWatcher(base, "wall.yaml", loader, applied::add, Duration.ofMillis(100))) {
            watcher.start();
            Path file = dir.resolve("playlists/lobby.yaml");
            byte[] bytes = complete.getBytes(StandardCharsets.UTF_8);
            Files.write(file, java.util.Arrays.copyOf(bytes, complete.indexOf("text: \"Wel")));
            Thread.sleep(1500); // longer than the quiet period: the watcher sees the half file
            assertThat(applied).as("a half-written playlist is never applied").isEmpty();
            Files.write(file, bytes);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (applied.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).playlists().get("lobby").items()).hasSize(4);
    }
}
