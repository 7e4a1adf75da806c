package org.attune.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.account.SignUpRequest;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.catalog.LessonOutline;
import org.attune.catalog.ModuleSummary;
import org.attune.progress.ProgressRules;
import org.attune.progress.ProgressService;
import org.attune.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing module folders into the running application: idempotent, and never at the cost of progress. */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AccountService accounts;

    @Test
    void importingTwiceAddsNothingTheSecondTime() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = uniqueSlug();
        TestModules.write(root, slug, 2);

        assertEquals(1, importer.importFrom(root));
        assertEquals(1, importer.importFrom(root));

        assertEquals(
                1,
                catalog.publishedModules().stream()
                        .filter(m -> m.slug().equals(slug))
                        .count());
        assertEquals(2, catalog.module(slug).orElseThrow().lessons().size());
    }

    @Test
    void aChangedLessonIsUpdatedAndEveryoneKeepsTheirProgress() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = uniqueSlug();
        var folder = TestModules.write(root, slug, 2);
        importer.importFrom(root);
        var before = catalog.module(slug).orElseThrow().lessons();
        long learner = newLearner();
        progress.markComplete(learner, before.get(0).id());

        Files.writeString(
                folder.resolve("lessons/01-lesson-one.md"), TestModules.lesson("Lesson 1, revised", "New text."));
        Files.delete(folder.resolve("lessons/02-lesson-two.md"));
        Files.writeString(folder.resolve("lessons/03-lesson-three.md"), TestModules.lesson("Lesson 3", "More."));
        importer.importFrom(root);

        var after = catalog.module(slug).orElseThrow();
        assertEquals(
                List.of("lesson-one", "lesson-three"),
                after.lessons().stream().map(LessonOutline::slug).toList());
        assertEquals(before.get(0).id(), after.lessons().get(0).id(), "the edited lesson keeps its identity");
        assertEquals("Lesson 1, revised", after.lessons().get(0).title());
        assertTrue(catalog.lesson(slug, "lesson-one").orElseThrow().html().contains("New text."));
        assertTrue(catalog.lesson(slug, "lesson-two").isEmpty(), "a removed lesson is no longer shown");
        var completed = progress.completedLessons(learner);
        assertTrue(completed.contains(before.get(0).id()), "the completion survives the import");
        assertEquals(1, ProgressRules.progress(after.lessonIds(), completed).completed());
        assertEquals(2, ProgressRules.progress(after.lessonIds(), completed).total());
    }

    @Test
    void aMalformedFolderIsSkippedAndTheOthersImport() throws Exception {
        var root = Files.createTempDirectory("modules");
        var good = uniqueSlug();
        var bad = uniqueSlug();
        TestModules.write(root, good, 1);
        Files.writeString(TestModules.write(root, bad, 1).resolve("module.yaml"), "slug: [broken");

        assertEquals(1, importer.importFrom(root));

        var slugs = catalog.publishedModules().stream().map(ModuleSummary::slug).toList();
        assertTrue(slugs.contains(good));
        assertTrue(!slugs.contains(bad));
    }

    @Test
    void hostileLessonMarkupIsStoredButNeverServed() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = uniqueSlug();
        var folder = TestModules.write(root, slug, 1);
        Files.writeString(
                folder.resolve("lessons/01-lesson-one.md"),
                TestModules.lesson(
                        "One", "Hi <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))"));
        importer.importFrom(root);

        var html = catalog.lesson(slug, "lesson-one").orElseThrow().html();

        assertTrue(html.contains("Hi"));
        assertTrue(!html.contains("<script") && !html.contains("onerror") && !html.contains("javascript:"), html);
    }

    private long newLearner() throws Exception {
        return accounts.signUp(new SignUpRequest(
                        "Test Learner", uniqueSlug() + "@example.org", "a long enough password".toCharArray(), "", ""))
                .getId();
    }

    private static String uniqueSlug() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
