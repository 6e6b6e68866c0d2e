package org.pulsewall.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** The JSON mapper of the ops endpoint and the proof-of-play log: instants and durations as ISO-8601 strings. */
final class OpsJson {
    private OpsJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("pulsewall-time");
        time.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class));
        time.addSerializer(Duration.class, new ToStringSerializer<>(Duration.class));
        return new ObjectMapper().registerModule(time);
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;

        ToStringSerializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }

        @Override
        public Class<T> handledType() {
            return type;
        }
    }
}
