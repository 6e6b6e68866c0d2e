package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.playlist.PlaylistItem;

class ScreenNoiseTest {
    private static PlaylistItem item(Map<String, String> params, Map<String, PlaylistItem> zones) {
        return new PlaylistItem("mention-wall", Duration.ofSeconds(20), params, null, "lobby.yaml", 3, zones);
    }

    @Test
    void anItemOnAScreenThatShowsNoiseShowsItWithItsOtherParametersKept() {
        PlaylistItem shown = ScreenNoise.shown(item(Map.of("topic", "outage"), Map.of()));

        assertThat(shown.params()).containsEntry("noise", "show").containsEntry("topic", "outage");
        assertThat(shown.where()).isEqualTo(item(Map.of(), Map.of()).where());
    }

    @Test
    void anItemThatSaysHideKeepsHidingOnAScreenThatShowsNoise() {
        assertThat(ScreenNoise.shown(item(Map.of("noise", "hide"), Map.of())).params()).containsEntry("noise", "hide");
    }

    @Test
    void theZonesOfALayoutFollowTheScreen() {
        PlaylistItem layout = item(Map.of("layout", "main-side"),
                Map.of("main", item(Map.of(), Map.of()), "side", item(Map.of("noise", "hide"), Map.of())));

        PlaylistItem shown = ScreenNoise.shown(layout);

        assertThat(shown.zones().get("main").params()).containsEntry("noise", "show");
        assertThat(shown.zones().get("side").params()).containsEntry("noise", "hide");
    }
}
