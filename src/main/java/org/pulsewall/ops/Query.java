package org.pulsewall.ops;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/** A URL query string as name to (first) value, read by OkHttp's {@link HttpUrl}. */
final class Query {
    /** Any absolute URL will do: only its query is read. */
    private static final String BASE = "http://localhost/?";

    private Query() {
    }

    /** A name without {@code =} has the empty value; {@code +} and percent escapes are decoded. */
    static Map<String, String> parse(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        HttpUrl url = HttpUrl.get(BASE + rawQuery);
        for (int i = 0; i < url.querySize(); i++) {
            out.putIfAbsent(url.queryParameterName(i), Objects.requireNonNullElse(url.queryParameterValue(i), ""));
        }
        return out;
    }
}
