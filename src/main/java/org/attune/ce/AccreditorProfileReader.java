package org.attune.ce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.content.ContentException;
import org.attune.content.YamlLoader;
import org.attune.content.YamlMap;

/**
 * Reads one accreditor profile file ({@code modules/_accreditors/<id>.yaml}, as {@code modules/README.md}
 * documents) strictly: an unknown key, rule kind, level or field, a statement with an unknown placeholder or a
 * credit rule without its figures is a {@link ContentException} naming the file, never a profile half right.
 */
public final class AccreditorProfileReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final long MAX_FILE_BYTES = 200_000;
    private static final Set<String> KEYS = Set.of(
            "name", "statement", "requiredFields", "credit", "rules", "retentionYears", "licenceTypes", "sources");
    private static final Set<String> CREDIT_KEYS = Set.of("minutesPerCredit", "increment", "rounding");
    private static final Set<String> RULE_KEYS = Set.of("kind", "level", "min", "max", "formats", "source");

    private AccreditorProfileReader() {}

    public static AccreditorProfile read(Path file) throws ContentException {
        var name = file.getFileName().toString();
        if (!name.endsWith(".yaml")
                || !ID.matcher(name.substring(0, name.length() - 5)).matches()) {
            throw new ContentException(
                    file, "a profile's file name is its id: lower-case letters, digits, hyphens, .yaml");
        }
        var yaml = YamlMap.of(file, YamlLoader.load(file, text(file)), KEYS);
        var statement = yaml.requiredString("statement").replaceAll("\\s+", " ");
        var placeholders = PLACEHOLDER.matcher(statement);
        while (placeholders.find()) {
            if (!AccreditorProfile.PLACEHOLDERS.contains(placeholders.group())) {
                throw new ContentException(
                        file,
                        "statement: unknown placeholder " + placeholders.group() + " (expected one of "
                                + AccreditorProfile.PLACEHOLDERS + ")");
            }
        }
        var retention = yaml.optionalInt("retentionYears");
        if (retention != null && (retention < 0 || retention > 100)) {
            throw new ContentException(file, "retentionYears must be from 0 to 100");
        }
        return new AccreditorProfile(
                name.substring(0, name.length() - 5),
                yaml.requiredString("name"),
                statement,
                fields(yaml),
                credit(yaml.requiredMap("credit", CREDIT_KEYS)),
                rules(yaml),
                retention == null ? 0 : retention,
                yaml.optionalStrings("licenceTypes"),
                yaml.optionalStrings("sources"));
    }

    private static Set<CertificateField> fields(YamlMap yaml) throws ContentException {
        var fields = EnumSet.noneOf(CertificateField.class);
        for (var field : yaml.optionalStrings("requiredFields")) {
            fields.add(constant(yaml, CertificateField.class, "requiredFields", field));
        }
        return fields;
    }

    private static CreditRule credit(YamlMap credit) throws ContentException {
        var minutes = credit.requiredInt("minutesPerCredit");
        var increment = credit.requiredNumber("increment");
        if (minutes <= 0 || increment.signum() <= 0) {
            throw credit.problem("credit", "minutesPerCredit and increment must be more than 0");
        }
        var rounding =
                constant(credit, CreditRule.Rounding.class, "credit rounding", credit.requiredString("rounding"));
        return new CreditRule(minutes, increment, rounding);
    }

    private static List<ProfileRule> rules(YamlMap yaml) throws ContentException {
        var rules = new ArrayList<ProfileRule>();
        for (var rule : yaml.optionalMaps("rules", RULE_KEYS)) {
            var kind = constant(rule, RuleKind.class, "rule kind", rule.requiredString("kind"));
            var min = rule.has("min") ? rule.requiredNumber("min") : null;
            var max = rule.has("max") ? rule.requiredNumber("max") : null;
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw rule.problem("rule " + kind, "min is more than max");
            }
            if (needsFigure(kind) && min == null && max == null) {
                throw rule.problem("rule " + kind, "needs min or max");
            }
            rules.add(new ProfileRule(
                    kind,
                    constant(rule, RuleLevel.class, "rule level", rule.requiredString("level")),
                    min,
                    max,
                    rule.optionalStrings("formats"),
                    rule.optionalString("source")));
        }
        return rules;
    }

    private static boolean needsFigure(RuleKind kind) {
        return kind == RuleKind.QUESTIONS_PER_CREDIT || kind == RuleKind.PASS_MARK || kind == RuleKind.APPROVAL_PERIOD;
    }

    /** A constant written in the file's words: {@code licenceNumber} or {@code licence-number} for LICENCE_NUMBER. */
    private static <E extends Enum<E>> E constant(YamlMap yaml, Class<E> type, String where, String written)
            throws ContentException {
        var wanted = written.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
        for (var constant : type.getEnumConstants()) {
            if (constant.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                return constant;
            }
        }
        throw yaml.problem(where, "unknown value '" + written + "'");
    }

    private static String text(Path file) throws ContentException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ContentException(file, "is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException(
                    file, "cannot be read as UTF-8 text: " + e.getClass().getSimpleName());
        }
    }
}
