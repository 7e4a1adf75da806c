package org.attune.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an outbox row tells its consequence, as short text an operator can read in the table: names and values,
 * e.g. {@code account=12 module=attunement}. Values are ids and slugs: no spaces, no {@code =}.
 */
public final class Payload {

    private static final Pattern VALUE = Pattern.compile("[^\\s=]+");

    private final Map<String, String> values;

    private Payload(Map<String, String> values) {
        this.values = values;
    }

    /** A payload of names and values in turn: {@code Payload.of("account", 12, "module", "attunement")}. */
    public static Payload of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("A payload is names and values in turn.");
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            var name = String.valueOf(namesAndValues[i]);
            var value = String.valueOf(Objects.requireNonNull(namesAndValues[i + 1], name + " is required."));
            if (!VALUE.matcher(name).matches() || !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException(
                        "A payload's names and values have no spaces and no '=': " + name + "=" + value);
            }
            values.put(name, value);
        }
        return new Payload(values);
    }

    /** The payload a row's text holds. */
    public static Payload parse(String text) {
        var values = new LinkedHashMap<String, String>();
        for (var pair : text.strip().split("\\s+")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Not a payload: " + text);
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new Payload(values);
    }

    /** The value of the name, if the payload has it. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String text(String name) {
        var value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The payload has no " + name + ": " + this);
        }
        return value;
    }

    public long number(String name) {
        return Long.parseLong(text(name));
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payload payload && payload.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
