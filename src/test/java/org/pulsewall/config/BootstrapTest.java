package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapTest {
    @TempDir
    Path dir;
    private final Secrets secrets = new Secrets(Map.of("CFG_TOKEN", "t0k3n")::get);

    @Test
    void readsUrlIntervalAndResolvedToken() throws Exception {
        Files.writeString(dir.resolve("bootstrap.yaml"),
                "config: { url: https://cfg.example/wall/lobby-01, every: 2m, token: '${env:CFG_TOKEN}' }\n");

        assertThat(Bootstrap.read(dir, secrets)).contains(
                new Bootstrap("https://cfg.example/wall/lobby-01/", Duration.ofMinutes(2), "t0k3n"));
    }

    @Test
    void intervalDefaultsToFiveMinutesAndTokenIsOptional() throws Exception {
        Files.writeString(dir.resolve("bootstrap.yaml"), "config:\n  url: http://10.0.0.5/cfg/\n");

        assertThat(Bootstrap.read(dir, secrets)).contains(new Bootstrap("http://10.0.0.5/cfg/", Duration.ofMinutes(5), null));
    }

    @Test
    void noBootstrapFileMeansNoCentralConfiguration() throws Exception {
        assertThat(Bootstrap.read(dir, secrets)).isEmpty();
    }

    @Test
    void urlThatIsNotHttpIsAProblemNamingTheFile() throws Exception {
        Files.writeString(dir.resolve("bootstrap.yaml"), "config: { url: ftp://cfg.example/ }\n");

        assertThatThrownBy(() -> Bootstrap.read(dir, secrets)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems().get(0).toString())
                        .contains("bootstrap.yaml").contains("ftp://cfg.example/"));
    }

    @Test
    void missingTokenVariableIsAProblem() throws Exception {
        Files.writeString(dir.resolve("bootstrap.yaml"), "config: { url: https://c/, token: '${env:NOPE}' }\n");

        assertThatThrownBy(() -> Bootstrap.read(dir, secrets)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems().get(0).toString()).contains("NOPE"));
    }
}
