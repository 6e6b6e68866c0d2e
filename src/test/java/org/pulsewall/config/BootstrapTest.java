package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapTest {
    @TempDir
    Path dir;
    private final Secrets secrets = new Secrets(Map.of("CFG_TOKEN", "t0k3n")::get);
    private String key;

    @BeforeEach
    void key() throws Exception {
        key = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
    }

    private String problem(String yaml) throws Exception {
        Files.writeString(dir.resolve("bootstrap.yaml"), yaml);
        try {
            Bootstrap.read(dir, secrets);
            return "";
        } catch (ConfigException e) {
            return e.problems().get(0).toString();
        }
    }

    @Test
    void readsUrlIntervalTokenKeyAndSecretsDirectories() throws Exception {
        Files.writeString(dir.resolve("bootstrap.yaml"), "config: { url: https://cfg.example/wall/lobby-01, every: 2m,"
                + " token: '${env:CFG_TOKEN}', publicKey: '" + key + "', secrets: /etc/pulsewall/secrets }\n");

        Bootstrap b = Bootstrap.read(dir, secrets).orElseThrow();

        assertThat(b.url()).isEqualTo("https://cfg.example/wall/lobby-01/");
        assertThat(b.every()).isEqualTo(Duration.ofMinutes(2));
        assertThat(b.token()).isEqualTo("t0k3n");
        assertThat(b.toString()).doesNotContain("t0k3n");
        assertThat(Base64.getEncoder().encodeToString(b.publicKey().getEncoded())).isEqualTo(key);
        assertThat(b.secretDirectories()).containsExactly(dir.toAbsolutePath().resolve("secrets"), Path.of("/etc/pulsewall/secrets"));
    }

    @Test
    void intervalDefaultsToFiveMinutesAndTokenIsOptional() throws Exception {
        Files.writeString(dir.resolve("bootstrap.yaml"), "config:\n  url: https://10.0.0.5/cfg/\n  publicKey: " + key + "\n");

        Bootstrap b = Bootstrap.read(dir, secrets).orElseThrow();
        assertThat(b.every()).isEqualTo(Duration.ofMinutes(5));
        assertThat(b.token()).isNull();
    }

    @Test
    void noBootstrapFileMeansNoCentralConfiguration() throws Exception {
        assertThat(Bootstrap.read(dir, secrets)).isEmpty();
    }

    @Test
    void refusesPlainHttpExceptToLoopbackAndOtherSchemes() throws Exception {
        assertThat(problem("config: { url: ftp://cfg.example/, publicKey: '" + key + "' }\n"))
                .contains("bootstrap.yaml").contains("ftp://cfg.example/");
        assertThat(problem("config: { url: http://10.0.0.5/cfg/, publicKey: '" + key + "' }\n"))
                .contains("must be https").contains("http://10.0.0.5/cfg/");
        assertThat(problem("config: { url: http://127.0.0.1:8080/cfg/, publicKey: '" + key + "' }\n")).isEmpty();
    }

    @Test
    void requiresAnEd25519KeyToCheckTheManifestWith() throws Exception {
        assertThat(problem("config: { url: https://c/ }\n")).contains("config.publicKey is required");
        String rsa = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded());
        assertThat(problem("config: { url: https://c/, publicKey: '" + rsa + "' }\n")).contains("not an Ed25519 public key");
    }

    @Test
    void missingTokenVariableIsAProblem() throws Exception {
        assertThat(problem("config: { url: https://c/, publicKey: '" + key + "', token: '${env:NOPE}' }\n")).contains("NOPE");
    }

    @Test
    void namesTheLineOfTheKeyAtFault() throws Exception {
        String file = dir.resolve("bootstrap.yaml").toString();
        assertThat(problem("# lobby PC\nconfig:\n  every: 2m\n  url: http://cfg.example/\n  publicKey: " + key + "\n"))
                .startsWith(file + ":4: config.url must be https");
        assertThat(problem("config:\n  url: https://cfg.example/\n  every: soon\n  publicKey: " + key + "\n"))
                .startsWith(file + ":3: ");
        assertThat(problem("config:\n  url: https://cfg.example/\n\n  token: ${file:/etc/shadow}\n  publicKey: " + key + "\n"))
                .startsWith(file + ":4: ");
        assertThat(problem("config:\n  url: https://cfg.example/\n  publicKey: bm90IGEga2V5\n"))
                .startsWith(file + ":3: config.publicKey is not an Ed25519 public key");
        assertThat(problem("config:\n  url: https://cfg.example/\n"))
                .startsWith(file + ":2: config.publicKey is required");
    }
}
