package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionCodecTest {
    private static final String DESIGN_EXAMPLE = "{\"id\":\"m-1\",\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"Geen bereik in Den Burg\","
            + "\"source\":\"twitter\",\"author\":\"@jan\",\"lang\":\"nl\",\"sentiment\":-0.7,"
            + "\"url\":\"https://example.org/m-1\",\"geo\":{\"lat\":53.05,\"lon\":4.80},"
            + "\"postcode\":\"1791\",\"place\":\"Den Burg\",\"reach\":120,\"likes\":3,\"shares\":1}";

    @Test
    void parsesEveryFieldOfTheDesignExample() {
        Mention m = MentionCodec.parse(DESIGN_EXAMPLE);
        assertThat(m.id()).isEqualTo("m-1");
        assertThat(m.time()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
        assertThat(m.text()).isEqualTo("Geen bereik in Den Burg");
        assertThat(m.source()).isEqualTo("twitter");
        assertThat(m.author()).isEqualTo("@jan");
        assertThat(m.lang()).isEqualTo("nl");
        assertThat(m.sentiment()).isEqualTo(-0.7);
        assertThat(m.url()).isEqualTo("https://example.org/m-1");
        assertThat(m.geo()).isEqualTo(new GeoPoint(53.05, 4.80));
        assertThat(m.postcode()).isEqualTo("1791");
        assertThat(m.place()).isEqualTo("Den Burg");
        assertThat(m.reach()).isEqualTo(120);
        assertThat(m.likes()).isEqualTo(3);
        assertThat(m.shares()).isEqualTo(1);
    }

    @Test
    void writtenLineParsesBackToTheSameMention() {
        Mention m = MentionCodec.parse(DESIGN_EXAMPLE).toBuilder().replies(4).replyTo("m-0").build();
        assertThat(MentionCodec.parse(MentionCodec.toJson(m, false))).isEqualTo(m);
    }

    @Test
    void maskedOutputCarriesTheMaskedTextAndOmitsNullFields() {
        Mention m = Mention.builder("a", Instant.parse("2026-01-01T00:00:00Z"), "kut internet").maskedText("k** internet").build();
        assertThat(MentionCodec.toJson(m, true))
                .isEqualTo("{\"id\":\"a\",\"time\":\"2026-01-01T00:00:00Z\",\"text\":\"k** internet\"}");
        assertThat(MentionCodec.toJson(m, false)).contains("\"text\":\"kut internet\"");
    }

    @Test
    void sentimentLabelsMapToScores() {
        assertThat(parseWith("\"sentiment\":\"negative\"").sentiment()).isNegative();
        assertThat(parseWith("\"sentiment\":\"Positive\"").sentiment()).isPositive();
        assertThat(parseWith("\"sentiment\":\"neutral\"").sentiment()).isZero();
    }

    @Test
    void acceptsOffsetTimesAndGeoAsArray() {
        Mention m = MentionCodec.parse("{\"id\":\"x\",\"time\":\"2026-11-23T11:15:00+01:00\",\"text\":\"t\",\"geo\":[52.1,5.1]}");
        assertThat(m.time()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
        assertThat(m.geo()).isEqualTo(new GeoPoint(52.1, 5.1));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThatThrownBy(() -> MentionCodec.parse("{\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"t\"}"))
                .isInstanceOf(MentionFormatException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> MentionCodec.parse("{\"id\":\"a\",\"text\":\"t\"}")).hasMessageContaining("time");
        assertThatThrownBy(() -> MentionCodec.parse("{\"id\":\"a\",\"time\":\"2026-11-23T10:15:00Z\"}")).hasMessageContaining("text");
    }

    @Test
    void wrongTypesAndValuesAreRejectedWithTheFieldName() {
        assertThatThrownBy(() -> parseWith("\"sentiment\":1.5")).hasMessageContaining("sentiment");
        assertThatThrownBy(() -> parseWith("\"sentiment\":\"furious\"")).hasMessageContaining("sentiment");
        assertThatThrownBy(() -> parseWith("\"likes\":\"many\"")).hasMessageContaining("likes");
        assertThatThrownBy(() -> parseWith("\"likes\":-1")).hasMessageContaining("likes");
        assertThatThrownBy(() -> parseWith("\"reach\":2.5")).hasMessageContaining("reach");
        assertThatThrownBy(() -> parseWith("\"author\":{\"name\":\"x\"}")).hasMessageContaining("author");
        assertThatThrownBy(() -> parseWith("\"geo\":{\"lat\":95,\"lon\":4}")).hasMessageContaining("geo");
        assertThatThrownBy(() -> parseWith("\"geo\":\"Den Burg\"")).hasMessageContaining("geo");
        assertThatThrownBy(() -> MentionCodec.parse("{\"id\":\"a\",\"time\":\"yesterday\",\"text\":\"t\"}"))
                .hasMessageContaining("time");
        assertThatThrownBy(() -> MentionCodec.parse("{\"id\":\"a\",\"time\":\"2026-11-23T10:15:00Z\",\"text\":42}"))
                .hasMessageContaining("text");
    }

    @Test
    void brokenJsonIsAFormatErrorNotACrash() {
        assertThatThrownBy(() -> MentionCodec.parse("{\"id\":\"a\",")).isInstanceOf(MentionFormatException.class);
        assertThatThrownBy(() -> MentionCodec.parse("[1,2]")).isInstanceOf(MentionFormatException.class);
        assertThatThrownBy(() -> MentionCodec.parse("")).isInstanceOf(MentionFormatException.class);
        assertThatThrownBy(() -> MentionCodec.parse(base("") + " trailing")).isInstanceOf(MentionFormatException.class);
    }

    @Test
    void unknownFieldsIncludingNestedOnesAreIgnored() {
        Mention m = parseWith("\"extra\":{\"deep\":[1,{\"x\":2}]},\"flag\":true");
        assertThat(m.id()).isEqualTo("a");
    }

    @Test
    void textIsSanitisedOnTheWayIn() {
        Mention m = MentionCodec.parse("{\"id\":\"a\",\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"evil\\u202Etxt\\nline\"}");
        assertThat(m.text()).isEqualTo("eviltxt line");
    }

    @Test
    void onlyWebLinksAreKept() {
        assertThat(parseWith("\"url\":\"javascript:alert(1)\"").url()).isNull();
        assertThat(parseWith("\"url\":\"HTTPS://example.org/x\"").url()).isEqualTo("HTTPS://example.org/x");
    }

    @Test
    void numericIdsAndPostcodesBecomeStrings() {
        Mention m = MentionCodec.parse("{\"id\":12345,\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"t\",\"postcode\":1791,\"replyTo\":7}");
        assertThat(m.id()).isEqualTo("12345");
        assertThat(m.postcode()).isEqualTo("1791");
        assertThat(m.replyTo()).isEqualTo("7");
    }

    @Test
    void mapsAForeignItemByJsonPointers() throws Exception {
        JsonNode item = MentionCodec.mapper().readTree("{\"id\":99,\"body\":\"kein Netz\",\"created\":\"2026-11-23T10:15:00Z\","
                + "\"user\":{\"handle\":\"@uwe\"},\"sentiment\":{\"score\":-0.4},\"geo\":[50.77,6.08]}");
        FieldMapping mapping = FieldMapping.parse(Map.of("text", "/body", "time", "/created", "author", "/user/handle",
                "sentiment", "/sentiment/score", "geo", Map.of("lat", "/geo/0", "lon", "/geo/1")));
        Mention m = MentionCodec.fromNode(item, mapping);
        assertThat(m.id()).isEqualTo("99");
        assertThat(m.text()).isEqualTo("kein Netz");
        assertThat(m.author()).isEqualTo("@uwe");
        assertThat(m.sentiment()).isEqualTo(-0.4);
        assertThat(m.geo()).isEqualTo(new GeoPoint(50.77, 6.08));
    }

    @Test
    void fieldMappingRejectsUnknownFieldsAndBadPointers() {
        assertThatThrownBy(() -> FieldMapping.parse(Map.of("body", "/text"))).hasMessageContaining("body");
        assertThatThrownBy(() -> FieldMapping.parse(Map.of("text", "body"))).hasMessageContaining("JSON Pointer");
    }

    private static String base(String extra) {
        return "{\"id\":\"a\",\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"t\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static Mention parseWith(String extra) {
        return MentionCodec.parse(base(extra));
    }
}
