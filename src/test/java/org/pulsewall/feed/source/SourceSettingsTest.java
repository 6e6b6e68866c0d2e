package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.SourceConfig;

class SourceSettingsTest {
    private static SourceSettings settings(Map<String, Object> values) {
        return new SourceSettings(new SourceConfig("s", "http-json", Duration.ofSeconds(60), values, "wall.yaml", 3));
    }

    @Test
    void readsDurationsAndSizesWithTheirUnits() {
        SourceSettings s = settings(Map.of("readTimeout", "1.5M", "maxBytes", "512KB", "backfill", 90));
        assertThat(s.duration("readTimeout", null)).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.duration("backfill", null)).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.bytes("maxBytes", 0)).isEqualTo(512 * 1024);
    }

    @Test
    void fallsBackWhenTheSettingIsAbsent() {
        assertThat(settings(Map.of()).duration("readTimeout", Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(settings(Map.of()).bytes("maxBytes", 42)).isEqualTo(42);
    }

    @Test
    void namesTheKeyAndTheExpectedFormForAValueThatIsNoDurationOrSize() {
        SourceSettings s = settings(Map.of("readTimeout", "soon", "maxBytes", "lots"));
        assertThatThrownBy(() -> s.duration("readTimeout", null))
                .hasMessage("readTimeout must be a duration such as 500ms, 30s or 5m, was 'soon'");
        assertThatThrownBy(() -> s.bytes("maxBytes", 0))
                .hasMessage("maxBytes must be a size such as 5MB or 512KB, was 'lots'");
    }
}
