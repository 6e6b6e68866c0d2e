package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;

class ConfigWatcherTest {
    @TempDir
    Path dir;

    private static final String PLAYLIST = "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n";

    @Test
    void handsOnAValidChangeAndKeepsTheLastGoodOneOnABrokenChange() throws Exception {
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/brand.css"), "");
        Files.writeString(dir.resolve("wall.yaml"), "screens:\n  - { monitor: 1, playlist: lobby }\n");
        Files.writeString(dir.resolve("playlists/lobby.yaml"), PLAYLIST);
        List<WallConfig> reloaded = new CopyOnWriteArrayList<>();
        ConfigBase.Directory base = (ConfigBase.Directory) ConfigBase.directory(dir);
        try (ConfigWatcher watcher = new ConfigWatcher(base, "wall.yaml", new WallConfigLoader(ConfigChecks.NONE, null),
                reloaded::add, Duration.ofMillis(100))) {
            Files.writeString(dir.resolve("playlists/lobby.yaml"), PLAYLIST + "  - { scene: bogus, duration: 1s }\n");
            assertThat(watcher.reload()).isFalse();
            assertThat(reloaded).isEmpty();

            watcher.start();
            Files.writeString(dir.resolve("playlists/lobby.yaml"), PLAYLIST + "  - { scene: message, text: hi, duration: 5s }\n");
            await().atMost(Duration.ofSeconds(20)).until(() -> !reloaded.isEmpty());
        }
        assertThat(reloaded.get(reloaded.size() - 1).playlists().get("lobby").items()).hasSize(2);
    }

    @Test
    void logsEachProblemOfARejectedChangeWithItsLineAndSaysWhenAGoodChangeIsTaken() throws Exception {
        Files.createDirectories(dir.resolve("playlists"));
        Files.writeString(dir.resolve("wall.yaml"), "screens:\n  - { monitor: 1, playlist: lobby }\n");
        Files.writeString(dir.resolve("playlists/lobby.yaml"), PLAYLIST);
        ConfigBase.Directory base = (ConfigBase.Directory) ConfigBase.directory(dir);
        Logger logger = (Logger) LoggerFactory.getLogger(ConfigWatcher.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (ConfigWatcher watcher = new ConfigWatcher(base, "wall.yaml", new WallConfigLoader(ConfigChecks.NONE, null),
                config -> { }, Duration.ofMillis(100))) {
            Files.writeString(dir.resolve("playlists/lobby.yaml"), "name: lobby\nitems:\n  - { scene: clock, duration: 30x }\n");
            assertThat(watcher.reload()).isFalse();
            assertThat(messages(log)).anyMatch(m -> m.startsWith(dir.resolve("playlists/lobby.yaml") + ":3: ")
                    && m.contains("30x"));
            assertThat(messages(log)).anyMatch(m -> m.startsWith("configuration change rejected (1 problems above)"));

            log.list.clear();
            Files.writeString(dir.resolve("playlists/lobby.yaml"), PLAYLIST);
            Files.writeString(dir.resolve("playlists/spare.yaml"), "name: spare\nitems:\n  - { scene: clock, duration: 30x }\n");
            assertThat(watcher.reload()).as("a draft no screen plays does not hold the change back").isTrue();
            assertThat(messages(log)).contains(dir.resolve("playlists/spare.yaml")
                    + ":1: warning: playlist 'spare' is played by no screen (checked all the same)");
            assertThat(messages(log)).anyMatch(m -> m.startsWith(dir.resolve("playlists/spare.yaml") + ":3: ")
                    && m.contains("30x"));
            assertThat(messages(log)).anyMatch(m -> m.startsWith("configuration change taken: ")
                    && m.endsWith("(1 screens, 1 playlists)"));
        } finally {
            logger.detachAppender(log);
        }
    }

    private static List<String> messages(ListAppender<ILoggingEvent> log) {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
