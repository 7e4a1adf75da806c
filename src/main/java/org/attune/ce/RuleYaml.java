package org.attune.ce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.content.ContentException;

/** A YAML mapping of a rule file, read with checks whose complaints name the file and the key. */
record RuleYaml(Path file, Map<?, ?> map, String where) {

    RuleYaml(Path file, Object parsed, Set<String> keys) throws ContentException {
        this(file, mapping(file, parsed, ""), "");
        onlyKeys(keys);
    }

    private static Map<?, ?> mapping(Path file, Object parsed, String where) throws ContentException {
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ContentException(file, where + "expected a mapping of keys to values");
        }
        return map;
    }

    void onlyKeys(Set<String> keys) throws ContentException {
        for (var key : map.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw problem("unknown key '" + key + "' (expected one of "
                        + keys.stream().sorted().toList() + ")");
            }
        }
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    List<String> keys() {
        return map.keySet().stream().map(String::valueOf).toList();
    }

    String string(String key) throws ContentException {
        if (!(map.get(key) instanceof String text) || text.isBlank()) {
            throw problem("'" + key + "' is required and must be non-empty text");
        }
        return text.strip();
    }

    int wholeNumber(String key, int min, int max) throws ContentException {
        var value = map.get(key);
        if (value == null) {
            throw problem("'" + key + "' is required");
        }
        if (!(value instanceof Integer number)) {
            throw problem("'" + key + "' must be a whole number");
        }
        if (number < min || number > max) {
            throw problem("'" + key + "' must be from " + min + " to " + max + ", not " + number);
        }
        return number;
    }

    List<String> strings(String key) throws ContentException {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw problem("'" + key + "' must be a list with at least one entry");
        }
        var strings = new ArrayList<String>();
        for (var item : list) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw problem("every entry of '" + key + "' must be non-empty text");
            }
            strings.add(text.strip());
        }
        return strings;
    }

    RuleYaml optionalMap(String key) throws ContentException {
        var value = map.get(key);
        return value == null ? null : new RuleYaml(file, mapping(file, value, key + ": "), key + ": ");
    }

    List<RuleYaml> maps(String key, Set<String> keys) throws ContentException {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw problem("'" + key + "' must be a list with at least one entry");
        }
        var maps = new ArrayList<RuleYaml>();
        for (var item : list) {
            var entry = new RuleYaml(file, mapping(file, item, key + ": "), key + ": ");
            entry.onlyKeys(keys);
            maps.add(entry);
        }
        return maps;
    }

    private ContentException problem(String problem) {
        return new ContentException(file, where + problem);
    }
}
