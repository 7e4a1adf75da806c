package org.attune.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.attune.content.CourseDefinition.EvaluationQuestion;

/** Reads {@code modules/course.yaml}: title, summary, scope note and course evaluation, all required. */
public final class CourseReader {

    private static final Set<String> KEYS = Set.of("title", "summary", "scopeNote", "evaluation");

    private CourseReader() {}

    public static CourseDefinition read(Path file) throws ContentException {
        var yaml = YamlMap.of(file, ModuleFolderReader.parseYaml(file, ModuleFolderReader.readText(file)), KEYS);
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
        return new CourseDefinition(
                yaml.requiredString("title"),
                yaml.requiredString("summary"),
                yaml.requiredString("scopeNote"),
                questions);
    }
}
