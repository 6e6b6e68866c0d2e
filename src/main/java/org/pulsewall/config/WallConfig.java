package org.pulsewall.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.pulsewall.playlist.Playlist;

/**
 * A whole validated wall: wall.yaml plus every playlist its screens name. Immutable; a reload
 * builds a new one and swaps it in only when it validated.
 *
 * @param base where relative paths (media, data, themes) resolve
 * @param playlists by name, each already validated
 * @param store bounds of the mention store
 * @param alerts what outage alerts do to the screens
 * @param timezone the zone schedules are read in; null: the system's
 * @param videowall one playlist spanned over several monitors; null: none
 * @param noise which noise the screens and figures leave out
 * @param power when the monitors are switched off and on; null: always on
 */
public record WallConfig(ConfigBase base, List<SourceConfig> sources, ModerationConfig moderation,
                         Map<String, String> locations, Map<String, String> topics, List<ScreenConfig> screens,
                         Map<String, Playlist> playlists, KioskConfig kiosk, StoreConfig store,
                         Map<String, String> ops, AlertsConfig alerts, ZoneId timezone, VideowallConfig videowall,
                         NoiseConfig noise, PowerConfig power) {

    /** A wall whose monitors stay on. */
    public WallConfig(ConfigBase base, List<SourceConfig> sources, ModerationConfig moderation,
                      Map<String, String> locations, Map<String, String> topics, List<ScreenConfig> screens,
                      Map<String, Playlist> playlists, KioskConfig kiosk, StoreConfig store, Map<String, String> ops,
                      AlertsConfig alerts, ZoneId timezone, VideowallConfig videowall, NoiseConfig noise) {
        this(base, sources, moderation, locations, topics, screens, playlists, kiosk, store, ops, alerts, timezone,
                videowall, noise, null);
    }

    /** A wall with the default noise settings. */
    public WallConfig(ConfigBase base, List<SourceConfig> sources, ModerationConfig moderation,
                      Map<String, String> locations, Map<String, String> topics, List<ScreenConfig> screens,
                      Map<String, Playlist> playlists, KioskConfig kiosk, StoreConfig store, Map<String, String> ops,
                      AlertsConfig alerts, ZoneId timezone, VideowallConfig videowall) {
        this(base, sources, moderation, locations, topics, screens, playlists, kiosk, store, ops, alerts, timezone,
                videowall, NoiseConfig.DEFAULT);
    }

    /** A wall in the system's time zone, without a videowall. */
    public WallConfig(ConfigBase base, List<SourceConfig> sources, ModerationConfig moderation,
                      Map<String, String> locations, Map<String, String> topics, List<ScreenConfig> screens,
                      Map<String, Playlist> playlists, KioskConfig kiosk, StoreConfig store, Map<String, String> ops,
                      AlertsConfig alerts) {
        this(base, sources, moderation, locations, topics, screens, playlists, kiosk, store, ops, alerts, null, null);
    }

    /** A wall with the default alert behaviour. */
    public WallConfig(ConfigBase base, List<SourceConfig> sources, ModerationConfig moderation,
                      Map<String, String> locations, Map<String, String> topics, List<ScreenConfig> screens,
                      Map<String, Playlist> playlists, KioskConfig kiosk, StoreConfig store, Map<String, String> ops) {
        this(base, sources, moderation, locations, topics, screens, playlists, kiosk, store, ops, AlertsConfig.DEFAULT);
    }

    public WallConfig {
        sources = List.copyOf(sources);
        locations = Map.copyOf(locations);
        topics = Map.copyOf(topics);
        screens = List.copyOf(screens);
        playlists = Map.copyOf(playlists);
        ops = Map.copyOf(ops);
        alerts = alerts == null ? AlertsConfig.DEFAULT : alerts;
        noise = noise == null ? NoiseConfig.DEFAULT : noise;
    }
}
