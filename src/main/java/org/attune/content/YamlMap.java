package org.attune.content;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A YAML mapping, as {@link YamlLoader} reads it (plain-text keys), read with checks that name the file and the key in every complaint. */
public record YamlMap(Path file, Map<?, ?> map) {

    public static YamlMap of(Path file, Object parsed, Set<String> allowedKeys) throws ContentException {
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

    public String requiredString(String key) throws ContentException {
        var value = optionalString(key);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        return value;
    }

    public String optionalString(String key) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ContentException(file, "'" + key + "' must be non-empty text");
        }
        return text.strip();
    }

    public int requiredInt(String key) throws ContentException {
        var value = optionalInt(key);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        return value;
    }

    public Integer optionalInt(String key) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer number)) {
            throw new ContentException(file, "'" + key + "' must be a whole number");
        }
        return number;
    }

    public BigDecimal requiredNumber(String key) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        if (!(value instanceof Number number)) {
            throw new ContentException(file, "'" + key + "' must be a number");
        }
        return new BigDecimal(number.toString());
    }

    public List<String> requiredStrings(String key) throws ContentException {
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

    public List<YamlMap> optionalMaps(String key, Set<String> allowedKeys) throws ContentException {
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

    public boolean optionalBoolean(String key, boolean otherwise) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean flag)) {
            throw new ContentException(file, "'" + key + "' must be true or false");
        }
        return flag;
    }

    public Boolean optionalBoolean(String key) throws ContentException {
        return map.get(key) == null ? null : optionalBoolean(key, false);
    }

    public boolean has(String key) {
        return map.containsKey(key);
    }

    public List<YamlMap> requiredMaps(String key, Set<String> allowedKeys) throws ContentException {
        var maps = optionalMaps(key, allowedKeys);
        if (maps.isEmpty()) {
            throw new ContentException(file, "'" + key + "' must be a list with at least one entry");
        }
        return maps;
    }

    /** A date written as {@code 2026-01-01} (YAML reads it as a timestamp at midnight UTC, or as text when quoted). */
    public LocalDate optionalDate(String key) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                // falls through to the complaint below
            }
        }
        throw new ContentException(file, "'" + key + "' must be a date written as 2026-01-31");
    }

    public LocalDate requiredDate(String key) throws ContentException {
        var value = optionalDate(key);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        return value;
    }

    /** A list of non-empty texts; empty when the key is absent. */
    public List<String> optionalStrings(String key) throws ContentException {
        return map.get(key) == null ? List.of() : requiredStrings(key);
    }

    /** A nested mapping with its own allowed keys; null when the key is absent. */
    public YamlMap optionalMap(String key, Set<String> allowedKeys) throws ContentException {
        var value = map.get(key);
        return value == null ? null : YamlMap.of(file, value, allowedKeys);
    }

    public YamlMap requiredMap(String key, Set<String> allowedKeys) throws ContentException {
        var value = optionalMap(key, allowedKeys);
        if (value == null) {
            throw new ContentException(file, "'" + key + "' is required");
        }
        return value;
    }

    /** A key as a complaint quotes it: keys are plain text ({@link YamlLoader}), but may be long. */
    private static String quoted(Object key) {
        var text = String.valueOf(key);
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** A complaint about this mapping's file, prefixed with where in the file it is. */
    public ContentException problem(String where, String problem) {
        return new ContentException(file, where + ": " + problem);
    }
}
