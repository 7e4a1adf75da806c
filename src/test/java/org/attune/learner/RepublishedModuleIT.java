package org.attune.learner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.content.TestModules;
import org.attune.progress.ProgressService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A module republished with a new lesson: the catalog, the module's page, My learning and the certificate's
 * checklist all agree that a learner who completed the first revision is complete, and that a learner midway has
 * the new lesson left.
 */
@ExtendWith(ArquillianExtension.class)
class RepublishedModuleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AccountService accounts;

    @Test
    void everyPageAgreesOnWhoIsCompleteAndWhatIsLeftAfterARevisionAddsALesson() throws Exception {
        var course = "republish-" + UUID.randomUUID().toString().substring(0, 8);
        var module = course + "-m";
        var root = Files.createTempDirectory("course");
        Files.writeString(root.resolve("course.yaml"), TestModules.courseYaml(course, "auto"));
        writeModule(root, module, 2);
        importer.importFrom(root);
        var finished = learner("Farah Finished");
        var midway = learner("Milo Midway");
        var lessons = catalog.module(module).orElseThrow().lessonIds();
        fixtures.completeLessons(finished.id, module);
        fixtures.passPostTest(finished.id, module);
        progress.markComplete(midway.id, lessons.get(0));

        writeModule(root, module, 3);
        importer.importFrom(root);
        assertThat(catalog.revisionOf(module)).contains(2);

        assertThat(catalogCard(finished, module).select(".module-complete").text())
                .isEqualTo("Module complete");
        assertThat(finished.browser
                        .page("modules/" + module)
                        .select(".module-complete")
                        .text())
                .isEqualTo("Module complete");
        assertThat(dashboardRow(finished, module).select(".module-complete").text())
                .isEqualTo("Complete");
        assertThat(checklistItem(finished, course, module))
                .isEqualTo("done Module " + module + " completed (revision 1)");

        assertThat(catalogCard(midway, module).select(".module-complete")).isEmpty();
        assertThat(catalogCard(midway, module).select(".progress-note").text()).isEqualTo("1 of 3 lessons complete");
        var modulePage = midway.browser.page("modules/" + module);
        assertThat(modulePage.select(".module-complete")).isEmpty();
        assertThat(modulePage.select(".progress-note").text()).isEqualTo("1 of 3 lessons complete");
        assertThat(modulePage.select(".lesson-list li").stream().map(li -> li.hasClass("done")))
                .as("the new third lesson is left")
                .containsExactly(true, false, false);
        assertThat(dashboardRow(midway, module).select(".module-complete")).isEmpty();
        assertThat(dashboardRow(midway, module).select(".progress-note").text()).startsWith("1 of 3 lessons complete");
        assertThat(checklistItem(midway, course, module))
                .isEqualTo("todo Module " + module + ": lessons 1 of 3 complete");
    }

    private record Learner(long id, PageClient browser) {}

    private Learner learner(String name) throws Exception {
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, name, email);
        return new Learner(accounts.findByEmail(email).orElseThrow().getId(), browser);
    }

    /** The module's folder with the given number of lessons and the post-test; rewriting it is a new revision. */
    private static void writeModule(Path root, String module, int lessons) throws Exception {
        Files.writeString(TestModules.write(root, module, lessons).resolve("quiz.yaml"), TestModules.quizYaml());
    }

    private static Element catalogCard(Learner learner, String module) throws Exception {
        return learner.browser.page("").selectFirst(".module-card:has(a[href$=/modules/" + module + "])");
    }

    private static Element dashboardRow(Learner learner, String module) throws Exception {
        return learner.browser.page("dashboard").selectFirst(".dashboard-row:has(a[href$=/modules/" + module + "])");
    }

    /** The module's first item on the course's checklist in My certificates: whether it is done, and its text. */
    private static String checklistItem(Learner learner, String course, String module) throws Exception {
        var item = learner.browser
                .page("certificates")
                .selectFirst("section.panel:has(h2:contains(Course " + course + ")) li:has(a[href$=/modules/" + module
                        + "])");
        return item.className() + " " + item.select("a").text() + " "
                + item.select(".detail").text();
    }
}
