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
    void readsFileReferencesTrimmedAndRelativeToBaseDir(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("token.txt"), "  from-file\n");
        assertThat(secrets.expand("${file:token.txt}", dir)).isEqualTo("from-file");
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
