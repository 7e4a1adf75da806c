package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.content.TestModules;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Time on task over HTTP, as lesson pages report it: a learner earns at most the time that passes, across all
 * lessons together, and only with the token of a lesson page served to them.
 */
@ExtendWith(ArquillianExtension.class)
class ActiveTimeIT {

    private static final Map<String, String> HEARTBEAT = Map.of("X-Attune-Heartbeat", "1");

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

    @Inject
    ProgressService progress;

    @Inject
    LessonTokens tokens;

    @Resource
    ManagedExecutorService executor;

    @Test
    void heartbeatsForManyLessonsAtOnceEarnNoMoreThanTheWallClockTime() throws Exception {
        var lessons = lessons(5);
        var learner = new Learner();
        var start = Instant.now();
        var opened = new ArrayList<Opened>();
        for (var lesson : lessons) {
            opened.add(learner.open(lesson));
        }

        var statuses = new ArrayList<Integer>();
        for (int round = 0; round < 6; round++) {
            var reports = new ArrayList<Future<HttpResponse<String>>>();
            for (var page : opened) {
                // Each claims the most one report may, for all 25 lessons at once.
                reports.add(executor.submit(() -> learner.report(page.lessonId(), page.token(), 30)));
            }
            for (var report : reports) {
                statuses.add(report.get().statusCode());
            }
        }
        var elapsed = Duration.between(start, Instant.now());

        int credited = progress.activeSeconds(learner.id).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(credited)
                .as("credited seconds after %d concurrent reports in %s", statuses.size(), elapsed)
                .isLessThanOrEqualTo((int) elapsed.toSeconds() + 1);
        assertThat(statuses).hasSize(150).containsOnly(200);
    }

    @Test
    void theFirstReportsOfALearnerArrivingTogetherAreAllCreditedWithinTheWallClock() throws Exception {
        var lessons = lessons(2);
        var learner = new Learner();
        var servedAt = Instant.now();
        var ready = new CountDownLatch(1);
        var reports = new ArrayList<Future<Integer>>();
        for (var lesson : lessons) {
            reports.add(executor.submit(() -> {
                ready.await();
                return progress.recordActiveTime(learner.id, lesson.id(), 30, servedAt);
            }));
        }

        ready.countDown();
        for (var report : reports) {
            report.get();
        }
        var elapsed = Duration.between(servedAt, Instant.now());

        int credited = progress.activeSeconds(learner.id).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(credited).isLessThanOrEqualTo((int) elapsed.toSeconds() + 1);
    }

    @Test
    void aRenewedTokenKeepsALongReadingCounting() throws Exception {
        var lesson = lessons(1).get(0);
        var learner = new Learner();
        var page = learner.open(lesson);

        var first = learner.report(lesson.id(), page.token(), 15);
        var renewed = Json.createReader(new StringReader(first.body())).readObject();
        var second = learner.report(lesson.id(), renewed.getString("token"), 15);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(renewed.getInt("seconds")).isGreaterThanOrEqualTo(0);
        assertThat(renewed.getString("token")).isNotEqualTo(page.token());
        assertThat(second.statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedExpiredOrMisdirectedTokenIsRefusedAndEarnsNothing() throws Exception {
        var lessons = lessons(2);
        var one = lessons.get(0);
        var two = lessons.get(1);
        var learner = new Learner();
        var other = new Learner();
        var mine = learner.open(one).token();
        var forged = mine.substring(0, mine.length() - 2) + (mine.endsWith("AA") ? "BB" : "AA");
        var expired = tokens.issue(learner.id, one.id(), Instant.now().minus(Duration.ofMinutes(11)));
        var anotherLearners = other.open(one).token();
        var anotherLessons = learner.open(two).token();

        assertRefused(learner.report(one.id(), forged, 15), "does not come from a lesson page opened by you");
        assertRefused(learner.report(one.id(), expired, 15), "opened too long ago: reload it");
        assertRefused(learner.report(one.id(), anotherLearners, 15), "does not come from a lesson page opened by you");
        assertRefused(learner.report(one.id(), anotherLessons, 15), "does not come from a lesson page opened by you");
        assertRefused(learner.report(one.id(), "", 15), "does not come from a lesson page opened by you");
        assertThat(progress.activeSeconds(learner.id)).isEmpty();
    }

    private static void assertRefused(HttpResponse<String> response, String why) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Json.createReader(new StringReader(response.body()))
                        .readObject()
                        .getString("error"))
                .contains(why);
    }

    /** The lessons of new modules of five lessons each, so many that 25 reports can run at once. */
    private List<Lesson> lessons(int modules) throws Exception {
        var root = Files.createTempDirectory("modules");
        var slugs = new ArrayList<String>();
        for (int i = 0; i < modules; i++) {
            var slug = "time-" + UUID.randomUUID().toString().substring(0, 8);
            TestModules.write(root, slug, 5);
            slugs.add(slug);
        }
        importer.importFrom(root);
        return slugs.stream()
                .flatMap(slug -> catalog.module(slug).orElseThrow().lessons().stream()
                        .map(lesson -> new Lesson(slug, lesson.id(), lesson.slug())))
                .toList();
    }

    /** A lesson and its address. */
    private record Lesson(String module, long id, String slug) {}

    /** A lesson page as served: its lesson and the token it carries. */
    private record Opened(long lessonId, String token) {}

    /** A clinician signed in with a browser of their own. */
    private final class Learner {
        final PageClient browser = new PageClient(app);
        final long id;

        Learner() throws Exception {
            var email = Clinicians.newEmail();
            Clinicians.signUp(browser, "Tim Timer", email);
            id = accounts.findByEmail(email).orElseThrow().getId();
        }

        Opened open(Lesson lesson) throws Exception {
            var page = browser.page("learn/" + lesson.module() + "/" + lesson.slug());
            var clock = page.getElementById("time-on-task");
            assertThat(clock).as("the lesson page's clock").isNotNull();
            return new Opened(lesson.id(), clock.attr("data-token"));
        }

        HttpResponse<String> report(long lessonId, String token, int seconds) throws Exception {
            return browser.postForm(
                    "api/progress/time",
                    Map.of("lessonId", String.valueOf(lessonId), "seconds", String.valueOf(seconds), "token", token),
                    HEARTBEAT);
        }
    }
}
