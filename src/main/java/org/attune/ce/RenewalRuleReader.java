package org.attune.ce;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attune.content.ContentException;
import org.attune.content.YamlLoader;

/**
 * Reads {@code modules/_renewal-rules/}: one YAML file per board's rule, strictly (the module files' YAML limits, no
 * unknown key, every number in range), so that a typo in a rule is a message naming the file and the key, never a
 * tracker that counts wrong. No two rules may cover the same board alias and licence type: a licence matches at most
 * one rule.
 */
public final class RenewalRuleReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    private static final Set<String> KEYS = Set.of(
            "id",
            "board",
            "aliases",
            "types",
            "hours",
            "periodYears",
            "categories",
            "accepts",
            "limits",
            "retentionYears",
            "sources",
            "notes");

    private RenewalRuleReader() {}

    /** Every {@code *.yaml} of the folder, by file name; none when the folder does not exist. */
    public static List<RenewalRule> readAll(Path folder, Set<String> categories) throws ContentException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ContentException(folder, "cannot be listed: " + e.getMessage());
        }
        var rules = new ArrayList<RenewalRule>();
        var covered = new HashMap<String, String>();
        for (var file : files) {
            var rule = read(file, categories);
            for (var alias : boardNames(rule)) {
                for (var type : rule.types().keySet()) {
                    var earlier = covered.putIfAbsent(RenewalRule.key(alias) + "/" + RenewalRule.key(type), rule.id());
                    if (earlier != null) {
                        throw new ContentException(
                                file,
                                "a licence of type " + type + " and board '" + alias
                                        + "' is already covered by the rule '" + earlier
                                        + "'; a licence may match one rule only");
                    }
                }
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    /** One rule file; its {@code id} must be its file name without {@code .yaml}. */
    public static RenewalRule read(Path file, Set<String> categories) throws ContentException {
        var yaml = new RuleYaml(file, YamlLoader.load(file, text(file)), KEYS);
        var id = yaml.string("id");
        var name = file.getFileName().toString();
        if (!ID.matcher(id).matches() || !name.equals(id + ".yaml")) {
            throw new ContentException(
                    file, "'id' must be the file's name without .yaml (lower-case letters, digits, hyphens)");
        }
        int hours = yaml.wholeNumber("hours", 1, 500);
        var categoryHours = new LinkedHashMap<String, Integer>();
        var categoryMap = yaml.optionalMap("categories");
        if (categoryMap != null) {
            int sum = 0;
            for (var category : categoryMap.keys()) {
                if (!categories.contains(category)) {
                    throw new ContentException(
                            file,
                            "categories: '" + category + "' is not a CE category (expected one of "
                                    + categories.stream().sorted().toList() + ")");
                }
                int required = categoryMap.wholeNumber(category, 1, hours);
                categoryHours.put(category, required);
                sum += required;
            }
            if (sum > hours) {
                throw new ContentException(
                        file, "categories ask for " + sum + " hours, more than the " + hours + " hours of the period");
            }
        }
        var limits = yaml.optionalMap("limits");
        if (limits != null) {
            limits.onlyKeys(Set.of("homeStudyHours"));
        }
        return new RenewalRule(
                id,
                yaml.string("board"),
                yaml.strings("aliases"),
                types(yaml),
                hours,
                yaml.wholeNumber("periodYears", 1, 10),
                categoryHours,
                accepts(yaml),
                limits == null || !limits.has("homeStudyHours") ? null : limits.wholeNumber("homeStudyHours", 0, hours),
                yaml.wholeNumber("retentionYears", 0, 100),
                sources(yaml),
                yaml.has("notes") ? yaml.strings("notes") : List.of());
    }

    private static Map<String, String> types(RuleYaml yaml) throws ContentException {
        var map = yaml.optionalMap("types");
        if (map == null || map.keys().isEmpty()) {
            throw new ContentException(yaml.file(), "'types' must map at least one licence type code to its name");
        }
        var types = new LinkedHashMap<String, String>();
        for (var code : map.keys()) {
            if (!TYPE_CODE.matcher(code).matches()) {
                throw new ContentException(
                        yaml.file(), "types: '" + code + "' must be a code in capitals, digits and hyphens (LMFT)");
            }
            types.put(code, map.string(code));
        }
        return types;
    }

    private static List<RenewalRule.AcceptedBody> accepts(RuleYaml yaml) throws ContentException {
        var bodies = new ArrayList<RenewalRule.AcceptedBody>();
        for (var entry : yaml.maps("accepts", Set.of("body", "name"))) {
            var body = entry.string("body");
            if (!ID.matcher(body).matches()) {
                throw new ContentException(
                        yaml.file(),
                        "accepts: body '" + body + "' must be an id (lower-case letters, digits, hyphens)");
            }
            if (bodies.stream().anyMatch(b -> b.body().equals(body))) {
                throw new ContentException(yaml.file(), "accepts: '" + body + "' is listed twice");
            }
            bodies.add(new RenewalRule.AcceptedBody(body, entry.string("name")));
        }
        return bodies;
    }

    private static List<String> sources(RuleYaml yaml) throws ContentException {
        var sources = yaml.strings("sources");
        for (var source : sources) {
            if (!source.startsWith("https://") && !source.startsWith("http://")) {
                throw new ContentException(yaml.file(), "sources: '" + source + "' is not a web address");
            }
        }
        return sources;
    }

    private static List<String> boardNames(RenewalRule rule) {
        var names = new ArrayList<>(rule.aliases());
        names.add(rule.board());
        return names.stream().distinct().toList();
    }

    private static String text(Path file) throws ContentException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(file, "is not UTF-8 text");
        } catch (IOException e) {
            throw new ContentException(file, "cannot be read: " + e.getMessage());
        }
    }
}
