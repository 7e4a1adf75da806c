package org.attune.authoring;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;

/** How a draft keeps its structured parts (questions, quiz settings, sources) in text columns: JSON, via JSON-B. */
final class DraftJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private DraftJson() {}

    static String write(Object value) {
        return JSON.toJson(value);
    }

    static <T> T read(String json, Class<T> type) {
        return JSON.fromJson(json, type);
    }

    static <T> T read(String json, Type type) {
        return JSON.fromJson(json, type);
    }
}
