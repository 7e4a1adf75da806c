package org.attune.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attune.content.CourseDefinition.EvaluationQuestion;

/**
 * Reads {@code modules/course.yaml}: every field is required, and at least one evaluation question; approvals,
 * categories and disclosures are optional. Whether an approval's body and the categories are known is checked above
 * this package, by org.attune.ce, which knows the profiles and the vocabulary.
 */
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
            "evaluation",
            "approvals",
            "categories",
            "disclosures");
    private static final Set<String> APPROVAL_KEYS = Set.of("body", "number", "validFrom", "validTo", "format");
    private static final Set<String> DISCLOSURE_KEYS = Set.of("authors", "conflictsOfInterest", "commercialSupport");
    private static final Set<String> AUTHOR_KEYS = Set.of("name", "credentials", "role");

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
                questions,
                approvals(yaml),
                yaml.optionalStrings("categories"),
                disclosures(yaml));
    }

    private static List<CourseApproval> approvals(YamlMap yaml) throws ContentException {
        var approvals = new ArrayList<CourseApproval>();
        for (var entry : yaml.optionalMaps("approvals", APPROVAL_KEYS)) {
            var body = entry.requiredString("body");
            var from = entry.requiredDate("validFrom");
            var to = entry.requiredDate("validTo");
            if (to.isBefore(from)) {
                throw entry.problem("approval " + body, "validTo " + to + " is before validFrom " + from);
            }
            approvals.add(
                    new CourseApproval(body, entry.requiredString("number"), from, to, entry.optionalString("format")));
        }
        return approvals;
    }

    private static CourseDisclosures disclosures(YamlMap yaml) throws ContentException {
        var map = yaml.optionalMap("disclosures", DISCLOSURE_KEYS);
        if (map == null) {
            return CourseDisclosures.NONE;
        }
        var authors = new ArrayList<CourseDisclosures.Author>();
        for (var author : map.optionalMaps("authors", AUTHOR_KEYS)) {
            authors.add(new CourseDisclosures.Author(
                    author.requiredString("name"),
                    author.requiredString("credentials"),
                    author.optionalString("role")));
        }
        return new CourseDisclosures(
                authors, map.optionalString("conflictsOfInterest"), map.optionalString("commercialSupport"));
    }
}
