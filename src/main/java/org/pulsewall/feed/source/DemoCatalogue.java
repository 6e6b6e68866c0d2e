package org.pulsewall.feed.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The texts, places and handles the demo source draws from, read from the bundled demo-templates.yaml. */
public record DemoCatalogue(List<Place> places, Map<String, List<String>> handles, List<Template> templates,
                     List<Reply> replies) {

    static final String RESOURCE = "demo-templates.yaml";

    /** A real place; {@code zh} is its Chinese name where one is common. */
    record Place(String name, String postcode, double lat, double lon, String country, String zh) {
        String nameIn(String lang) {
            return lang.equals("zh") && zh != null ? zh : name;
        }
    }

    record Template(String lang, String kind, double sentiment, String text) {
        boolean located() {
            return text.contains("{place}");
        }
    }

    record Reply(String lang, String text) {
    }

    public DemoCatalogue {
        places = List.copyOf(places);
        handles = Map.copyOf(handles);
        templates = List.copyOf(templates);
        replies = List.copyOf(replies);
    }

    public static DemoCatalogue bundled() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
