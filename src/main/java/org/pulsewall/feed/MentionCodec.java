package org.pulsewall.feed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Reads and writes the Mention format of the design (one JSON object per NDJSON line). Parsing
 * streams tokens straight into a {@link Mention} without building a tree, because every mention of
 * every source passes here.
 */
public final class MentionCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private MentionCodec() {
    }

    /** The one ObjectMapper of the feed package (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * One mention from one JSON line.
     *
     * @throws MentionFormatException when the line is not a JSON object, lacks id/time/text or has a wrong field
     */
    public static Mention parse(String jsonLine) {
        try (JsonParser p = FACTORY.createParser(jsonLine)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MentionFormatException("not a JSON object");
            }
            MentionFields fields = new MentionFields();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                fields.put(name, name.equals("geo") ? streamedGeo(p, t) : streamedScalar(p, t, name));
            }
            if (p.nextToken() != null) {
                throw new MentionFormatException("unexpected content after the JSON object");
            }
            return fields.build();
        } catch (JsonProcessingException e) {
            throw new MentionFormatException("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MentionFormatException("unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static Object streamedScalar(JsonParser p, JsonToken t, String name) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return t == JsonToken.VALUE_TRUE;
            case VALUE_NULL:
                return null;
            default:
                p.skipChildren();
                return MentionFields.NAMES.contains(name) ? Map.of() : null; // a container: wrong type if known
        }
    }

    private static GeoPoint streamedGeo(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Object lat = null;
        Object lon = null;
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                Object v = streamedScalar(p, p.nextToken(), "");
                if (name.equals("lat")) {
                    lat = v;
                } else if (name.equals("lon")) {
                    lon = v;
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            List<Object> values = new ArrayList<>(2);
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY && e != null; e = p.nextToken()) {
                values.add(streamedScalar(p, e, ""));
            }
            if (values.size() != 2) {
                throw new MentionFormatException("geo array must be [lat, lon]");
            }
            lat = values.get(0);
            lon = values.get(1);
        } else {
            throw new MentionFormatException("geo must be an object {lat, lon} or an array [lat, lon]");
        }
        return MentionFields.geoPoint(lat, lon);
    }

    /**
     * One mention from a foreign JSON item, each field taken where {@code mapping} points.
     *
     * @throws MentionFormatException as {@link #parse}
     */
    public static Mention fromNode(JsonNode item, FieldMapping mapping) {
        if (item == null || !item.isObject()) {
            throw new MentionFormatException("item is not a JSON object");
        }
        MentionFields fields = new MentionFields();
        mapping.pointers().forEach((name, pointer) -> {
            JsonNode node = item.at(pointer);
            fields.put(name, name.equals("geo") ? nodeGeo(node) : nodeScalar(node));
        });
        if (mapping.geoLat() != null) {
            Object lat = nodeScalar(item.at(mapping.geoLat()));
            Object lon = nodeScalar(item.at(mapping.geoLon()));
            if (lat != null || lon != null) {
                fields.put("geo", MentionFields.geoPoint(lat, lon));
            }
        }
        return fields.build();
    }

    private static Object nodeScalar(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return Map.of();
    }

    private static GeoPoint nodeGeo(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return MentionFields.geoPoint(nodeScalar(node.path("lat")), nodeScalar(node.path("lon")));
        }
        if (node.isArray() && node.size() == 2) {
            return MentionFields.geoPoint(nodeScalar(node.get(0)), nodeScalar(node.get(1)));
        }
        throw new MentionFormatException("geo must be an object {lat, lon} or an array [lat, lon]");
    }

    /** One JSON line (no newline) in the Mention format; masked: the text a masking screen shows. */
    public static String toJson(Mention m, boolean masked) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, m, masked, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * {@link #toJson} with {@code extra} string fields after the Mention's own, written straight as
     * UTF-8: what a Kafka record carries, without a String on the way.
     */
    public static byte[] toUtf8(Mention m, boolean masked, Map<String, String> extra) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, m, masked, extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory buffer does not fail
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Mention m, boolean masked, Map<String, String> extra)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("time", m.time().toString());
        g.writeStringField("text", masked ? m.safeText() : m.text());
        writeString(g, "source", m.source());
        writeString(g, "author", m.author());
        writeString(g, "lang", m.lang());
        if (m.sentiment() != null) {
            g.writeNumberField("sentiment", m.sentiment());
        }
        writeString(g, "url", m.url());
        if (m.geo() != null) {
            g.writeObjectFieldStart("geo");
            g.writeNumberField("lat", m.geo().lat());
            g.writeNumberField("lon", m.geo().lon());
            g.writeEndObject();
        }
        writeString(g, "postcode", m.postcode());
        writeString(g, "place", m.place());
        writeInt(g, "reach", m.reach());
        writeInt(g, "likes", m.likes());
        writeInt(g, "shares", m.shares());
        writeInt(g, "replies", m.replies());
        writeString(g, "replyTo", m.replyTo());
        writeInt(g, "followers", m.followers());
        if (m.accountCreated() != null) {
            g.writeStringField("accountCreated", m.accountCreated().toString());
        }
        writeString(g, "noise", m.noise());
        writeString(g, "noiseReason", m.noiseReason());
        for (Map.Entry<String, String> e : extra.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeString(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void writeInt(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }
}
