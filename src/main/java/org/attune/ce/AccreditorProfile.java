package org.attune.ce;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What one approving body asks of the courses it approves, as its file in {@code modules/_accreditors/} says: its
 * id (the file's name), its name, the approval statement certificates print (with placeholders, see
 * {@link #statement}), the certificate fields it requires, its credit rule, its post-test, evaluation and approval
 * rules (each required or recommended), how many years it wants records kept (0 when it names no period), the
 * licence types its approval serves (matched without regard to case against a learner's licence types; empty when
 * the file names none) and the sources the file's facts come from.
 */
public record AccreditorProfile(
        String id,
        String name,
        String statementTemplate,
        Set<CertificateField> requiredFields,
        CreditRule creditRule,
        List<ProfileRule> rules,
        int retentionYears,
        List<String> licenceTypes,
        List<String> sources) {

    /** The placeholders a statement template may use. */
    public static final Set<String> PLACEHOLDERS =
            Set.of("{provider}", "{number}", "{validFrom}", "{validTo}", "{format}", "{body}");

    public AccreditorProfile {
        Objects.requireNonNull(id, "A profile has its id.");
        Objects.requireNonNull(name, "A profile has its body's name.");
        Objects.requireNonNull(statementTemplate, "A profile has its approval statement.");
        Objects.requireNonNull(creditRule, "A profile has its credit rule.");
        requiredFields = Set.copyOf(requiredFields);
        rules = List.copyOf(rules);
        licenceTypes = List.copyOf(licenceTypes);
        sources = List.copyOf(sources);
    }

    /**
     * The approval statement filled in: {@code {provider}}, {@code {number}}, {@code {validFrom}} and
     * {@code {validTo}} (ISO dates, as boards print them unambiguously), {@code {format}} and {@code {body}} (this
     * body's name). A missing value leaves an empty place, never the placeholder.
     */
    public String statement(String provider, String number, LocalDate validFrom, LocalDate validTo, String format) {
        return statementTemplate
                .replace("{provider}", orEmpty(provider))
                .replace("{number}", orEmpty(number))
                .replace("{validFrom}", validFrom == null ? "" : validFrom.toString())
                .replace("{validTo}", validTo == null ? "" : validTo.toString())
                .replace("{format}", orEmpty(format))
                .replace("{body}", name)
                .strip();
    }

    /** The rules of one kind (a profile may hold none, or one per format). */
    public List<ProfileRule> rules(RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Whether the body's approval serves a licence of this type ("Psychologist", "LCSW"). */
    public boolean serves(String licenceType) {
        if (licenceType == null) {
            return false;
        }
        var type = licenceType.strip().toLowerCase(Locale.ROOT);
        return licenceTypes.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(type));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
