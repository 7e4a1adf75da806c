package org.attune.quiz;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** How questions, presentations and answers are kept in their text columns: JSON, through JSON-B. */
final class QuizJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private QuizJson() {}

    static String write(Object value) {
        return JSON.toJson(value);
    }

    static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSON.fromJson(json, type);
    }
}
