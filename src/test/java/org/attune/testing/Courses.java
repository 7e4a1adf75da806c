package org.attune.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attune.authoring.ModuleArchive;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;
import org.jsoup.nodes.Document;

/**
 * Courses made over HTTP as an admin makes them (the Author area's forms, and a module zip imported and published
 * through the API), for tests that run outside the server: browser journeys and the cluster's failover test.
 */
public final class Courses {

    private Courses() {}

    /** A new course that issues certificates at once and needs no reading time; returns its slug. */
    public static String create(PageClient admin, String title) throws IOException {
        var created = admin.clickAjax(
                admin.page("author"),
                "newCourse",
                "create",
                Map.of(
                        "title",
                        title + " " + UUID.randomUUID().toString().substring(0, 6),
                        "summary",
                        "A course a test wrote."));
        var slug = created.replaceAll("(?s).*author/course/([a-z0-9-]+).*", "$1");
        var page = admin.page("author/course/" + slug);
        var fields = filled(page, "course");
        fields.put("autoIssue_input", "on");
        fields.remove("requireReadingTime_input");
        assertThat(admin.clickAjax(page, "course", "save", fields)).contains("Course saved");
        return slug;
    }

    /** Imports the module into the course's draft and publishes it. */
    public static void publish(PageClient admin, URL app, String course, ModuleDefinition module) throws IOException {
        var imported = importZip(admin, app, module.slug(), course, ModuleArchive.export(module));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        var published = admin.send(
                HttpRequest.newBuilder(URI.create(app + "api/authoring/modules/" + module.slug() + "/publish"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    /**
     * Posts a module zip to {@code /api/authoring/modules/{slug}}, as an author's script does; {@code course}
     * (or null) names the course a module new to the catalog joins.
     */
    public static HttpResponse<String> importZip(PageClient client, URL app, String slug, String course, byte[] zip)
            throws IOException {
        return client.send(HttpRequest.newBuilder(
                        URI.create(app + "api/authoring/modules/" + slug + (course == null ? "" : "?course=" + course)))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build());
    }

    /** A module with the given lessons (slug lesson-one, lesson-two, ...) and post-test. */
    public static ModuleDefinition module(
            String slug, int lessons, QuizSettings settings, List<QuestionDefinition> questions) {
        String[] names = {"one", "two", "three", "four", "five"};
        var written = new ArrayList<LessonDefinition>();
        for (int i = 1; i <= lessons; i++) {
            written.add(new LessonDefinition(
                    "lesson-" + names[i - 1],
                    i,
                    "Lesson " + names[i - 1],
                    1,
                    "## Lesson " + names[i - 1] + "\n\nWhat a test wrote for lesson " + i + "."));
        }
        return new ModuleDefinition(
                slug,
                "Module " + slug,
                1,
                new BigDecimal("0.25"),
                "A module a test wrote.",
                List.of("Read what a test wrote."),
                List.of(),
                written,
                questions.isEmpty() ? null : new QuizDefinition(settings, questions));
    }

    /** Every text field, text area and ticked toggle of the form, by id without the form's prefix. */
    public static Map<String, String> filled(Document page, String formId) {
        var fields = new LinkedHashMap<String, String>();
        var form = page.getElementById(formId);
        for (var input : form.select("input[type=text], textarea")) {
            fields.put(
                    input.attr("name").substring(formId.length() + 1),
                    input.is("textarea") ? input.text() : input.val());
        }
        for (var toggle : form.select("input[type=checkbox][checked]")) {
            fields.put(toggle.attr("name").substring(formId.length() + 1), "on");
        }
        return fields;
    }
}
