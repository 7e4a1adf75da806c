package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.content.ModuleDefinition;
import org.attune.content.TestModules;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Exporting a module as a zip, importing one into its draft, and publishing it, on the running server. */
@ExtendWith(ArquillianExtension.class)
class ModuleArchiveIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Test
    void anExportedModuleImportsBackUnchangedAndAnEditedOnePublishesAsTheNextRevision() throws Exception {
        var slug = module();
        var admin = Clinicians.signedInAdmin(accounts, app);

        var export = admin.getBytes("api/authoring/modules/" + slug + ".zip");
        assertThat(export.statusCode()).isEqualTo(200);

        var again = Courses.importZip(admin, app, slug, null, export.body());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(again.body()))
                        .readObject()
                        .getJsonArray("problems"))
                .isEmpty();
        var unchanged = publish(admin, slug);
        assertThat(unchanged.getString("outcome")).isEqualTo("UNCHANGED");
        assertThat(unchanged.getInt("revision")).isEqualTo(1);

        var definition = UploadedArchive.read(new ByteArrayInputStream(export.body()), Files.createTempDirectory("x"));
        var renamed = new ModuleDefinition(
                definition.slug(),
                "Renamed by an instructor",
                definition.order(),
                definition.ceHours(),
                definition.summary(),
                definition.objectives(),
                definition.references(),
                definition.lessons(),
                definition.quiz());
        assertThat(Courses.importZip(admin, app, slug, null, ModuleArchive.export(renamed))
                        .statusCode())
                .isEqualTo(200);
        assertThat(catalog.module(slug).orElseThrow().title())
                .as("an imported zip waits in the draft until it is published")
                .isEqualTo("Module " + slug);

        var published = publish(admin, slug);

        assertThat(published.getString("outcome")).isEqualTo("PUBLISHED");
        assertThat(published.getInt("revision")).isEqualTo(2);
        assertThat(catalog.module(slug).orElseThrow().title()).isEqualTo("Renamed by an instructor");
        var reexport = admin.getBytes("api/authoring/modules/" + slug + ".zip");
        assertThat(UploadedArchive.read(new ByteArrayInputStream(reexport.body()), Files.createTempDirectory("y")))
                .isEqualTo(renamed);
    }

    @Test
    void aHostileZipIsRefusedWithAMessageAndChangesNothing() throws Exception {
        var slug = module();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(slug + "/../../../tmp/evil.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        var refused = Courses.importZip(admin, app, slug, null, bytes.toByteArray());

        assertThat(refused.statusCode()).isEqualTo(400);
        var error = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(error.getString("error")).contains("points outside the module folder");
        assertThat(catalog.module(slug).orElseThrow().title()).isEqualTo("Module " + slug);
    }

    @Test
    void theBillionLaughsModuleFileGetsAClearRefusalAndTheServerAnswersTheNextRequest() throws Exception {
        var slug = module();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var hostile = TestModules.zip(
                slug + "/module.yaml",
                TestModules.hostileModuleYaml(slug),
                slug + "/lessons/01-lesson-one.md",
                TestModules.lesson("Lesson 1", "Text."));

        var refused = Courses.importZip(admin, app, slug, null, hostile);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(error(refused))
                .isEqualTo("Not imported: " + slug
                        + "/module.yaml: puts lists and mappings more than 10 levels inside each other");
        assertThat(admin.get("api/modules").statusCode())
                .as("the server still answers")
                .isEqualTo(200);
        assertThat(admin.page("author/module/" + slug).select(".status-panel").text())
                .doesNotContain("Draft:");
    }

    @Test
    void aZipOfAnotherModuleIsRefusedAndChangesNeither() throws Exception {
        var slug = module();
        var other = module();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var otherZip = admin.getBytes("api/authoring/modules/" + other + ".zip").body();
        var renamedInside = TestModules.zip(
                slug + "/module.yaml",
                TestModules.moduleYaml(other),
                slug + "/lessons/01-lesson-one.md",
                TestModules.lesson("Lesson 1", "Text."));

        var wrongFolder = Courses.importZip(admin, app, slug, null, otherZip);
        var wrongSlug = Courses.importZip(admin, app, slug, null, renamedInside);

        assertThat(wrongFolder.statusCode()).isEqualTo(400);
        assertThat(error(wrongFolder))
                .isEqualTo("Not imported: the zip: holds the module '" + other + "', not '" + slug
                        + "'; import it into its own module");
        assertThat(wrongSlug.statusCode()).isEqualTo(400);
        assertThat(error(wrongSlug))
                .isEqualTo("Not imported: " + slug + "/module.yaml: slug '" + other + "' must equal the folder name '"
                        + slug + "'");
        for (var module : List.of(slug, other)) {
            assertThat(admin.page("author/module/" + module)
                            .select(".status-panel")
                            .text())
                    .doesNotContain("Draft:");
        }
    }

    @Test
    void theAuthorPageImportsOnlyAZipOfItsOwnModule() throws Exception {
        var slug = module();
        var other = module();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var exported = UploadedArchive.read(
                new ByteArrayInputStream(
                        admin.getBytes("api/authoring/modules/" + slug + ".zip").body()),
                Files.createTempDirectory("own"));
        var renamed = new ModuleDefinition(
                slug,
                "Renamed on the Author page",
                exported.order(),
                exported.ceHours(),
                exported.summary(),
                exported.objectives(),
                exported.references(),
                exported.lessons(),
                exported.quiz());

        var refused = admin.upload(
                admin.page("author/module/" + slug),
                "upload",
                "zip",
                "module",
                other + ".zip",
                admin.getBytes("api/authoring/modules/" + other + ".zip").body());
        var imported = admin.upload(
                admin.page("author/module/" + slug),
                "upload",
                "zip",
                "module",
                slug + ".zip",
                ModuleArchive.export(renamed));

        assertThat(Jsoup.parse(refused.body()).text())
                .contains("Not imported: the zip: holds the module '" + other + "', not '" + slug + "'");
        assertThat(imported.body()).contains("<redirect url=");
        var page = admin.page("author/module/" + slug);
        assertThat(page.select(".status-panel").text()).contains("Draft:");
        assertThat(page.select("h1").text()).isEqualTo("Renamed on the Author page");
        assertThat(admin.page("author/module/" + other).select(".status-panel").text())
                .doesNotContain("Draft:");
    }

    @Test
    void aRefusedZipNamesNoPlaceOnTheServer() throws Exception {
        var slug = module();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var clashing = TestModules.zip(
                slug + "/module.yaml",
                TestModules.moduleYaml(slug),
                slug + "/lessons",
                "a file where the lessons folder goes",
                slug + "/lessons/01-lesson-one.md",
                TestModules.lesson("Lesson 1", "Text."));

        var refused = Courses.importZip(admin, app, slug, null, clashing);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(error(refused))
                .contains("'" + slug + "/lessons/01-lesson-one.md' clashes with another file or folder")
                .doesNotContain("attune-upload")
                .doesNotContain(System.getProperty("java.io.tmpdir"));
    }

    @Test
    void aClinicianNeitherExportsNorImports() throws Exception {
        var slug = module();
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Cody Clinician", Clinicians.newEmail());

        assertThat(clinician.getBytes("api/authoring/modules/" + slug + ".zip").statusCode())
                .isEqualTo(403);
        var admin = Clinicians.signedInAdmin(accounts, app);
        var zip = admin.getBytes("api/authoring/modules/" + slug + ".zip").body();
        assertThat(Courses.importZip(clinician, app, slug, null, zip).statusCode())
                .isEqualTo(403);
        assertThat(Courses.importZip(new PageClient(app), app, slug, null, zip).statusCode())
                .as("a visitor is asked to sign in")
                .isEqualTo(401);
        assertThat(clinician
                        .send(HttpRequest.newBuilder(URI.create(app + "api/authoring/modules/" + slug + "/publish"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode())
                .isEqualTo(403);
    }

    private String module() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = "zip-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(TestModules.write(root, slug, 2).resolve("quiz.yaml"), TestModules.quizYaml());
        importer.importFrom(root);
        return slug;
    }

    private static String error(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("error");
    }

    private JsonObject publish(PageClient client, String slug) throws Exception {
        var response =
                client.send(HttpRequest.newBuilder(URI.create(app + "api/authoring/modules/" + slug + "/publish"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
