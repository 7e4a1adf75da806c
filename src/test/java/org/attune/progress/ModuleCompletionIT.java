package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.content.TestModules;
import org.attune.quiz.AttemptService;
import org.attune.quiz.TestQuizzes;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A module is complete when its lessons are and its post-test is passed; the catalog, module page and dashboard say so. */
@ExtendWith(ArquillianExtension.class)
class ModuleCompletionIT {

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
    AttemptService quizzes;

    @Inject
    AccountService accounts;

    @Test
    void lessonsAloneDoNotCompleteAModuleAPassedPostTestDoes() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = "complete-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(TestModules.write(root, slug, 2).resolve("quiz.yaml"), TestModules.quizYaml());
        importer.importFrom(root);
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Noor Complete", email);
        long learner = accounts.findByEmail(email).orElseThrow().getId();
        fixtures.completeLessons(learner, slug);

        assertThat(browser.page("modules/" + slug).select(".module-complete")).isEmpty();
        assertThat(row(browser, slug)).contains("Post-test: Ready to take").doesNotContain("Complete");

        var attempt = quizzes.startOrResume(learner, slug);
        TestQuizzes.answerAllCorrectly(quizzes, learner, attempt);
        quizzes.submit(learner, attempt.attemptId());

        assertThat(browser.page("modules/" + slug).select(".module-complete").text())
                .isEqualTo("Module complete");
        assertThat(browser.page("")
                        .select(".module-card:has(a[href$=/modules/" + slug + "]) .module-complete")
                        .text())
                .isEqualTo("Module complete");
        assertThat(row(browser, slug)).contains("Post-test: Passed").contains("Complete");
    }

    private static String row(PageClient browser, String slug) throws Exception {
        return browser.page("dashboard")
                .select(".dashboard-row:has(a[href$=/modules/" + slug + "])")
                .text();
    }
}
