package org.attune.content;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A YAML mapping, as {@link YamlLoader} reads it (plain-text keys), read with checks that name the file and the key in every complaint. */
record YamlMap(Path file, Map<?, ?> map) {

    static YamlMap of(Path file, Object parsed, Set<String> allowedKeys) throws ContentException {
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ContentException(file, "expected a mapping of keys to values");
        }
        for (var key : map.keySet()) {
            if (!allowedKeys.contains(String.valueOf(key))) {
                throw new ContentException(
                        file, "unknown key '" + quoted(key) + "' (expected one of " + allowedKeys + ")");
            }
        }
        return new YamlMap(file, map);
    }

    String requiredString(String key) throws ContentException {
        var value = optionalString(key);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        return value;
    }

    String optionalString(String key) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ContentException(file, "'" + key + "' must be non-empty text");
        }
        return text.strip();
    }

    int requiredInt(String key) throws ContentException {
        var value = optionalInt(key);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        return value;
    }

    Integer optionalInt(String key) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer number)) {
            throw new ContentException(file, "'" + key + "' must be a whole number");
        }
        return number;
    }

    BigDecimal requiredNumber(String key) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        if (!(value instanceof Number number)) {
            throw new ContentException(file, "'" + key + "' must be a number");
        }
        return new BigDecimal(number.toString());
    }

    List<String> requiredStrings(String key) throws ContentException {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new ContentException(file, "'" + key + "' must be a list with at least one entry");
        }
        var strings = new ArrayList<String>();
        for (var item : list) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new ContentException(file, "every entry of '" + key + "' must be non-empty text");
            }
            strings.add(text.strip());
        }
        return strings;
    }

    List<YamlMap> optionalMaps(String key, Set<String> allowedKeys) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ContentException(file, "'" + key + "' must be a list");
        }
        var maps = new ArrayList<YamlMap>();
        for (var item : list) {
            maps.add(YamlMap.of(file, item, allowedKeys));
        }
        return maps;
    }

    boolean optionalBoolean(String key, boolean otherwise) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean flag)) {
            throw new ContentException(file, "'" + key + "' must be true or false");
        }
        return flag;
    }

    Boolean optionalBoolean(String key) throws ContentException {
        return map.get(key) == null ? null : optionalBoolean(key, false);
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    List<YamlMap> requiredMaps(String key, Set<String> allowedKeys) throws ContentException {
        var maps = optionalMaps(key, allowedKeys);
        if (maps.isEmpty()) {
            throw new ContentException(file, "'" + key + "' must be a list with at least one entry");
        }
        return maps;
    }

    /** A key as a complaint quotes it: keys are plain text ({@link YamlLoader}), but may be long. */
    private static String quoted(Object key) {
        var text = String.valueOf(key);
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** A complaint about this mapping's file, prefixed with where in the file it is. */
    ContentException problem(String where, String problem) {
        return new ContentException(file, where + ": " + problem);
    }
}
