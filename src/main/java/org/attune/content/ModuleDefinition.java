package org.attune.content;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course module as its folder in {@code modules/} defines it: always complete (every required field present,
 * at least one objective and one lesson, lesson slugs unique), since the reader refuses anything less. The quiz
 * is null for a module without a post-test. The language is the one the module is written in ({@code en} unless
 * module.yaml says otherwise); the translations carry its text in other languages, one per language, and are part
 * of the module (of its fingerprint, and so of its revision).
 */
public record ModuleDefinition(
        String slug,
        String title,
        int order,
        BigDecimal ceHours,
        String summary,
        List<String> objectives,
        List<Reference> references,
        List<LessonDefinition> lessons,
        QuizDefinition quiz,
        String language,
        List<ModuleTranslation> translations) {

    public static final String ENGLISH = "en";

    /** A module written in English with no translation. */
    public ModuleDefinition(
            String slug,
            String title,
            int order,
            BigDecimal ceHours,
            String summary,
            List<String> objectives,
            List<Reference> references,
            List<LessonDefinition> lessons,
            QuizDefinition quiz) {
        this(slug, title, order, ceHours, summary, objectives, references, lessons, quiz, ENGLISH, List.of());
    }

    public ModuleDefinition {
        Objects.requireNonNull(slug, "Module slug is required.");
        Objects.requireNonNull(title, "Module title is required.");
        Objects.requireNonNull(ceHours, "CE hours are required.");
        Objects.requireNonNull(summary, "Module summary is required.");
        objectives = List.copyOf(objectives);
        references = List.copyOf(references);
        lessons = List.copyOf(lessons);
        language = language == null ? ENGLISH : language;
        translations = translations == null
                ? List.of()
                : translations.stream()
                        .sorted(Comparator.comparing(ModuleTranslation::language))
                        .toList();
    }

    /** The module's text in the language, when it has a translation into it. */
    public Optional<ModuleTranslation> translation(String language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** The same module with the post-test, language and translations given. */
    public ModuleDefinition with(QuizDefinition quiz, String language, List<ModuleTranslation> translations) {
        return new ModuleDefinition(
                slug, title, order, ceHours, summary, objectives, references, lessons, quiz, language, translations);
    }

    /** A fingerprint of everything the module says, so that an import can tell an unchanged module at once. */
    public String contentHash() {
        // An English module without translations keeps the fingerprint it had before modules carried languages,
        // so that upgrading publishes no new revision of a module whose content did not change.
        var text = toString();
        var untranslated = ", language=" + ENGLISH + ", translations=[]]";
        return Fingerprint.of(
                text.endsWith(untranslated) ? text.substring(0, text.length() - untranslated.length()) + "]" : text);
    }
}
