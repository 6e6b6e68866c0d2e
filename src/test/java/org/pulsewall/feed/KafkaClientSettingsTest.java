package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.Secrets;

class KafkaClientSettingsTest {
    private final Secrets secrets = new Secrets(Map.of("KAFKA_USER", "relay", "KAFKA_PASSWORD", "s3\"cret")::get);

    @Test
    void buildsSaslSslPropertiesWithSecretsExpandedOnlyWhenAsked() {
        KafkaClientSettings settings = new KafkaClientSettings(Map.of("bootstrap", "k1:9093,k2:9093",
                "security", Map.of("protocol", "sasl_ssl", "mechanism", "SCRAM-SHA-512", "username", "${env:KAFKA_USER}",
                        "password", "${env:KAFKA_PASSWORD}", "truststore", "certs/ca.p12"),
                "properties", Map.of("client.rack", "office-12")));

        Properties p = settings.properties(secrets, Path.of("/etc/pulsewall"));

        assertThat(p).containsEntry("bootstrap.servers", "k1:9093,k2:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", Path.of("/etc/pulsewall/certs/ca.p12").toString())
                .containsEntry("client.rack", "office-12");
        assertThat(p.getProperty("sasl.jaas.config"))
                .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"relay\" password=\"s3\\\"cret\";");
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> new KafkaClientSettings(Map.of())).hasMessageContaining("bootstrap is required");
        assertThatThrownBy(() -> new KafkaClientSettings(Map.of("bootstrap", "http://k1")))
                .hasMessageContaining("not host:port");
        assertThatThrownBy(() -> new KafkaClientSettings(Map.of("bootstrap", "k1:9092",
                "security", Map.of("protocol", "SASL_SSL", "username", "u"))))
                .hasMessageContaining("username and password");
        assertThatThrownBy(() -> new KafkaClientSettings(Map.of("bootstrap", "k1:9092",
                "security", Map.of("protocol", "TLS"))))
                .hasMessageContaining("security protocol 'TLS'");
        assertThatThrownBy(() -> new KafkaClientSettings(Map.of("bootstrap", "k1:9092",
                "security", Map.of("protocol", "SSL", "trustore", "x"))))
                .hasMessageContaining("unknown security key 'trustore'");
    }

    @Test
    void aMissingSecretIsNamedWithoutItsValue() {
        KafkaClientSettings settings = new KafkaClientSettings(Map.of("bootstrap", "k1:9092",
                "security", Map.of("username", "u", "password", "${env:NOT_SET}")));
        assertThatThrownBy(() -> settings.properties(secrets, null)).hasMessageContaining("NOT_SET");
    }
}
