package org.attune.learner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleOutline;
import org.attune.database.StatementCount;
import org.attune.progress.ProgressService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.attune.testing.StatementsPerRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page viewed a second time reads everything from memory: the published catalog and the learner's standing come
 * from the server's caches, so the view runs no SQL at all (counted per request, {@link StatementsPerRequest}).
 * And the caches never show a learner less than is on record: a new fact drops their entry, a reading-time report
 * updates it in place.
 */
@ExtendWith(ArquillianExtension.class)
class WarmPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Test
    void aSignedInLearnersSecondViewOfEachReadingPageRunsNoSql() throws Exception {
        long learner = fixtures.learner("Wren Okafor");
        var module = shippedModule();
        progress.markComplete(learner, module.lessons().get(0).id());
        var browser = new PageClient(app);
        Clinicians.signIn(browser, fixtures.emailOf(learner), Clinicians.PASSWORD);

        var statements = new LinkedHashMap<String, Integer>();
        for (var path : readingPages(module)) {
            assertThat(statementsOf(browser, path).body()).as(path).contains("Sign out");
            var warm = statementsOf(browser, path);
            assertThat(warm.body()).as(path).contains("Sign out");
            statements.put(path, count(warm));
        }

        assertThat(statements)
                .allSatisfy((path, count) -> assertThat(count).as(path).isZero());
    }

    @Test
    void aVisitorsSecondViewOfTheCatalogAndAModuleRunsNoSql() throws Exception {
        var module = shippedModule();
        var visitor = new PageClient(app);

        var statements = new LinkedHashMap<String, Integer>();
        for (var path : List.of("", "modules/" + module.slug())) {
            statementsOf(visitor, path);
            var warm = statementsOf(visitor, path);
            assertThat(warm.statusCode()).as(path).isEqualTo(200);
            statements.put(path, count(warm));
        }

        assertThat(statements)
                .allSatisfy((path, count) -> assertThat(count).as(path).isZero());
    }

    @Test
    void aCompletedLessonShowsAtOnceAfterItsStandingWasCached() throws Exception {
        long learner = fixtures.learner("Ines Varga");
        var module = shippedModule();
        var lesson = module.lessons().get(1);
        assertThat(progress.standing(learner)
                        .module(module.slug())
                        .orElseThrow()
                        .done(lesson.id()))
                .isFalse();

        progress.markComplete(learner, lesson.id());

        assertThat(progress.standing(learner)
                        .module(module.slug())
                        .orElseThrow()
                        .done(lesson.id()))
                .as("the standing read after the completion committed")
                .isTrue();
    }

    @Test
    void aReadingTimeReportUpdatesTheCachedStandingInPlace() throws Exception {
        long learner = fixtures.learner("Tomas Reyes");
        var lesson = shippedModule().lessons().get(0);
        assertThat(progress.activeSeconds(learner)).doesNotContainKey(lesson.id());

        int total = progress.recordActiveTime(
                learner, lesson.id(), 20, Instant.now().minusSeconds(60));

        int before = StatementCount.onThisThread();
        assertThat(progress.activeSeconds(learner)).containsEntry(lesson.id(), total);
        assertThat(StatementCount.onThisThread() - before)
                .as("read from the updated entry, not from the database")
                .isZero();
        assertThat(total).isEqualTo(20);
    }

    private ModuleOutline shippedModule() {
        return catalog.outlines().stream()
                .filter(m -> m.lessons().size() > 1)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> readingPages(ModuleOutline module) {
        return List.of(
                "",
                "dashboard",
                "modules/" + module.slug(),
                "learn/" + module.slug() + "/" + module.lessons().get(0).slug());
    }

    private final LinkedHashMap<HttpResponse<String>, String> ids = new LinkedHashMap<>();

    private HttpResponse<String> statementsOf(PageClient client, String path) throws IOException, URISyntaxException {
        var id = UUID.randomUUID().toString();
        var response = client.send(HttpRequest.newBuilder(app.toURI().resolve(path))
                .header(StatementsPerRequest.HEADER, id)
                .build());
        ids.put(response, id);
        return response;
    }

    /** The statements the request ran: the filter records them as the request ends, just after its answer. */
    private int count(HttpResponse<String> response) throws InterruptedException {
        var id = ids.get(response);
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var count = StatementsPerRequest.of(id);
            if (count.isPresent()) {
                return count.getAsInt();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The request " + response.uri() + " was never counted");
    }
}
