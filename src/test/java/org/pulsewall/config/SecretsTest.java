package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    private final Secrets secrets = new Secrets(Map.of("TOKEN", "s3cr3t", "USER", "wall")::get);

    @Test
    void replacesEnvironmentReferencesInsideText() {
        assertThat(secrets.expand("Bearer ${env:TOKEN} for ${env:USER}", null)).isEqualTo("Bearer s3cr3t for wall");
    }

    @Test
    void readsFileReferencesTrimmedFromTheSecretsDirectoryBesideTheConfig(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/token.txt"), "  from-file\n");
        assertThat(secrets.expand("${file:secrets/token.txt}", dir)).isEqualTo("from-file");
    }

    @Test
    void refusesAFileOutsideTheSecretsDirectories(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("token.txt"), "outside");
        assertThatThrownBy(() -> secrets.expand("${file:token.txt}", dir)).hasMessageContaining("outside the secrets");
        assertThatThrownBy(() -> secrets.expand("${file:secrets/../token.txt}", dir)).hasMessageContaining("outside the secrets");
        assertThatThrownBy(() -> secrets.expand("${file:/etc/hostname}", dir)).hasMessageContaining("outside the secrets");
    }

    @Test
    void findsASystemdCredentialByName(@TempDir Path dir, @TempDir Path credentials) throws Exception {
        Files.writeString(credentials.resolve("ops.token"), "cred\n");
        Secrets withCredentials = new Secrets(Map.of("CREDENTIALS_DIRECTORY", credentials.toString())::get);
        assertThat(withCredentials.expand("${file:ops.token}", dir)).isEqualTo("cred");
        assertThatThrownBy(() -> withCredentials.expand("${file:../ops.token}", dir)).hasMessageContaining("outside the secrets");
    }

    @Test
    void aFetchedSetCannotReadTheEnvironment() {
        assertThatThrownBy(() -> secrets.withoutEnvironment().expand("${env:TOKEN}", null))
                .hasMessageContaining("not allowed in a fetched").hasMessageNotContaining("s3cr3t");
    }

    @Test
    void missingVariableIsNamedInTheError() {
        assertThatThrownBy(() -> secrets.expand("${env:NOPE}", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
    }

    @Test
    void missingFileIsNamedButNoSecretLeaks(@TempDir Path dir) {
        assertThatThrownBy(() -> secrets.expand("${env:TOKEN}${file:absent.txt}", dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absent.txt")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void valueWithoutReferencesIsReturnedUnchanged() {
        assertThat(secrets.expand("plain $ {x}", null)).isEqualTo("plain $ {x}");
        assertThat(Secrets.hasReference("a ${env:X}")).isTrue();
        assertThat(Secrets.hasReference("plain")).isFalse();
    }
}
