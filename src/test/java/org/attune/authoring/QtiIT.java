package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.account.AccountService;
import org.attune.catalog.CourseEditing;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuizSettings;
import org.attune.content.TestModules;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A post-test exported as QTI 3.0 and imported into another module's draft, by an instructor of the course. */
@ExtendWith(ArquillianExtension.class)
class QtiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    ContentImporter importer;

    @Inject
    AccountService accounts;

    @Inject
    CourseEditing teaching;

    @Inject
    Publishing publishing;

    @Inject
    Drafts drafts;

    @Inject
    UserTransaction transaction;

    @Test
    void aPostTestExportedAsQtiComesBackIntoANewModulesDraftUnchanged() throws Exception {
        var course = TestModules.importCourse(
                importer, "qti-" + UUID.randomUUID().toString().substring(0, 8), "auto");
        var module = course + "-m";
        var instructor = Clinicians.signedInInstructor(accounts, teaching, app, "Quinn Teacher", course);
        assertThat(instructor
                        .page("author/module/" + module)
                        .select("#module\\:exportQti")
                        .text())
                .isEqualTo("Export post-test as QTI 3.0");

        var export = instructor.getBytes("api/authoring/modules/" + module + "/post-test.qti.zip");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains(module + "-post-test.qti.zip");

        var copy = course + "-copy";
        var empty = Courses.module(copy, 2, QuizSettings.DEFAULTS, List.of());
        assertThat(Courses.importZip(instructor, app, copy, course, ModuleArchive.export(empty))
                        .statusCode())
                .isEqualTo(200);
        var imported = post(instructor, copy, export.body());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        var answer = Json.createReader(new StringReader(imported.body())).readObject();
        assertThat(answer.getJsonArray("added")).hasSize(5);
        assertThat(answer.getJsonArray("notes")).isEmpty();

        var published = publishing.current(module).orElseThrow().quiz().questions();
        assertThat(draftQuestions(copy)).isEqualTo(published);
    }

    @Test
    void aHostilePackageIsRefusedWithAMessageAndTheDraftKeepsEveryQuestion() throws Exception {
        var course = TestModules.importCourse(
                importer, "qtx-" + UUID.randomUUID().toString().substring(0, 8), "auto");
        var module = course + "-m";
        var instructor = Clinicians.signedInInstructor(accounts, teaching, app, "Quinn Teacher", course);
        var export = instructor.getBytes("api/authoring/modules/" + module + "/post-test.qti.zip");
        assertThat(post(instructor, module, export.body()).statusCode()).isEqualTo(200);
        var before = draftQuestions(module);
        assertThat(before).hasSize(10);

        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write("<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest>&x;</manifest>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        var xxe = bytes.toByteArray();
        var refused = post(instructor, module, xxe);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(refused.body()))
                        .readObject()
                        .getString("error"))
                .startsWith("Nothing was imported: imsmanifest.xml declares a DTD");
        assertThat(draftQuestions(module)).isEqualTo(before);
    }

    private List<QuestionDefinition> draftQuestions(String slug) throws Exception {
        transaction.begin();
        try {
            return drafts.find(slug).orElseThrow().getQuestions().stream()
                    .sorted(Comparator.comparingInt(DraftQuestion::getSortOrder))
                    .map(DraftQuestion::definition)
                    .toList();
        } finally {
            transaction.rollback();
        }
    }

    private HttpResponse<String> post(PageClient client, String slug, byte[] zip) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(app + "api/authoring/modules/" + slug + "/post-test.qti"))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build());
    }
}
