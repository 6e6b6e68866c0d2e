package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.SceneType;

/** Every example playlist loads with the bundled demo wall, whether or not one of its screens plays it. */
class ExamplePlaylistsTest {

    @Test
    void everyExamplePlaylistLoadsAndNamesKnownScenes() throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("playlists"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
        assertThat(names).contains("marketing", "boardroom");
        try (Assembly assembly = new Assembly()) {
            WallConfigLoader loader = assembly.loader();
            WallConfig demo = loader.load(WallConfigLoader.demoBase());
            for (String name : names) {
                Playlist playlist = loader.loadPlaylist(demo, name);
                assertThat(playlist.items()).as(name).isNotEmpty();
                for (PlaylistItem item : playlist.items()) {
                    assertThat(SceneType.byKey(item.scene())).as(item.where()).isPresent();
                }
            }
        }
    }
}
