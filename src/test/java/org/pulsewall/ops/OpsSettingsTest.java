package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.Secrets;

class OpsSettingsTest {
    private static final Path BASE = Path.of("/etc/pulsewall");
    private static final Path CACHE = Path.of("/var/cache/pulsewall");
    private static final String STRONG = "3f9a0c41d27e8b56a1c0ffee5d4b9e72";
    private final Secrets secrets = new Secrets(Map.of("PULSEWALL_TOKEN", STRONG, "SHORT", "t0ken")::get);

    @Test
    void noOpsBlockOrNoTokenMeansNoServer() {
        assertThat(OpsSettings.from(Map.of(), secrets, BASE, CACHE)).isEmpty();
        assertThat(OpsSettings.from(Map.of("listen", "127.0.0.1:9000"), secrets, BASE, CACHE)).isEmpty();
        assertThat(OpsSettings.from(Map.of("token", "${env:MISSING}"), secrets, BASE, CACHE)).isEmpty();
    }

    @Test
    void listensOnLoopbackByDefaultAndResolvesTheToken() {
        OpsSettings settings = OpsSettings.from(Map.of("token", "${env:PULSEWALL_TOKEN}"), secrets, BASE, CACHE)
                .orElseThrow();

        assertThat(settings.listen().getHostString()).isEqualTo("127.0.0.1");
        assertThat(settings.listen().getPort()).isEqualTo(8765);
        assertThat(settings.token()).isEqualTo(STRONG);
        assertThat(settings.toString()).doesNotContain(STRONG);
        assertThat(settings.proofOfPlay()).isEqualTo(CACHE.resolve("proof-of-play.ndjson"));
        assertThat(settings.watchdog()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anotherAddressProofOfPlayFileAndWatchdogAreExplicitSettings() {
        OpsSettings settings = OpsSettings.from(Map.of("token", STRONG, "listen", "0.0.0.0:9100",
                "proofOfPlay", "logs/pop.ndjson", "watchdog", "45"), secrets, BASE, CACHE).orElseThrow();

        assertThat(settings.listen().getHostString()).isEqualTo("0.0.0.0");
        assertThat(settings.listen().getPort()).isEqualTo(9100);
        assertThat(settings.proofOfPlay()).isEqualTo(CACHE.resolve("logs/pop.ndjson"));
        assertThat(settings.watchdog()).isEqualTo(Duration.ofSeconds(45));
        assertThat(OpsSettings.watchdog("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(OpsSettings.watchdog("off")).isZero();
    }

    @Test
    void shortTokenKeepsTheEndpointOff() {
        assertThat(OpsSettings.from(Map.of("token", "${env:SHORT}"), secrets, BASE, CACHE)).isEmpty();
        assertThat(OpsSettings.from(Map.of("token", "a"), secrets, BASE, CACHE)).isEmpty();
    }

    @Test
    void proofOfPlayOutsideTheStateDirectoryFallsBackToTheDefaultFile() {
        assertThat(OpsSettings.proofOfPlayFile("/home/kiosk/.profile", BASE, CACHE))
                .isEqualTo(CACHE.resolve("proof-of-play.ndjson"));
        assertThat(OpsSettings.proofOfPlayFile("../../home/kiosk/.profile", BASE, CACHE))
                .isEqualTo(CACHE.resolve("proof-of-play.ndjson"));
    }
}
