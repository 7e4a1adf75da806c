package org.attune.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.attune.content.CourseDefinition.EvaluationQuestion;

/** Reads {@code modules/course.yaml}: every field is required, and at least one evaluation question. */
public final class CourseReader {

    private static final Set<String> KEYS = Set.of(
            "slug",
            "title",
            "summary",
            "scopeNote",
            "provider",
            "approvalStatement",
            "issue",
            "requireReadingTime",
            "evaluation");

    private CourseReader() {}

    public static CourseDefinition read(Path file) throws ContentException {
        var yaml = YamlMap.of(file, YamlLoader.load(file, ModuleFolderReader.readText(file)), KEYS);
        var questions = new ArrayList<EvaluationQuestion>();
        var ids = new HashSet<String>();
        for (var entry : yaml.requiredMaps("evaluation", Set.of("id", "type", "prompt"))) {
            var id = entry.requiredString("id");
            var type = entry.requiredString("type");
            if (!type.equals("rating") && !type.equals("text")) {
                throw entry.problem("evaluation " + id, "type must be 'rating' or 'text'");
            }
            if (!ids.add(id)) {
                throw entry.problem("evaluation", "two questions have the id '" + id + "'");
            }
            questions.add(new EvaluationQuestion(
                    id,
                    EvaluationQuestion.Kind.valueOf(type.toUpperCase(Locale.ROOT)),
                    entry.requiredString("prompt")));
        }
        var issue = yaml.requiredString("issue");
        if (!issue.equals("auto") && !issue.equals("approval")) {
            throw new ContentException(file, "issue must be 'auto' or 'approval'");
        }
        var slug = yaml.requiredString("slug");
        if (!ModuleFolderReader.SLUG.matcher(slug).matches()) {
            throw new ContentException(file, "slug may use only lower-case letters, digits and hyphens");
        }
        return new CourseDefinition(
                slug,
                yaml.requiredString("title"),
                yaml.requiredString("summary"),
                yaml.requiredString("scopeNote"),
                yaml.requiredString("provider"),
                yaml.requiredString("approvalStatement"),
                issue.equals("auto"),
                yaml.optionalBoolean("requireReadingTime", true),
                questions);
    }
}
