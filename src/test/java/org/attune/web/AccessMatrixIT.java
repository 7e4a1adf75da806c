package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.web.AccessMatrixIT.Answer.DENIED;
import static org.attune.web.AccessMatrixIT.Answer.HIDDEN;
import static org.attune.web.AccessMatrixIT.Answer.OK;
import static org.attune.web.AccessMatrixIT.Answer.SIGN_IN;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.authoring.QtiWriter;
import org.attune.authoring.UploadedArchive;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEditing;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateService;
import org.attune.content.TestModules;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.attune.testing.Pdfs;
import org.attune.transcript.CeEntries;
import org.attune.transcript.CeEntryDetails;
import org.attune.transcript.UploadedPdf;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and API endpoint of the WAR, as five people see it: a visitor, a clinician, an instructor of another
 * course, an instructor of this course, and an admin. A visitor at a protected page is sent to sign in (the API
 * answers 401 with a JSON error); a role that may not gets 403; someone else's object (another learner's attempt or
 * certificate) is 404, as one that does not exist; the rest is 200. The pages are the WAR's Facelets files and the
 * endpoints its Jakarta REST methods: one added without a row here fails {@link #everyPageAndEndpointHasARow}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** What a person gets at an address. */
    enum Answer {
        /** 2xx, after any redirect that is not to the sign-in page. */
        OK,
        /** A page: redirected to the sign-in page; the API: 401 with a JSON error. */
        SIGN_IN,
        /** 403. */
        DENIED,
        /** 404. */
        HIDDEN
    }

    /** The people, in the order of each row's answers. */
    private static final List<String> PEOPLE =
            List.of("visitor", "clinician", "instructor of another course", "instructor of this course", "admin");

    /** Ahead of a request: what it needs that an earlier one may have used up (a draft to publish). */
    @FunctionalInterface
    interface Preparation {
        void run() throws Exception;
    }

    /**
     * One address and what each person gets there. The source is what the row covers: a Facelets file ("page
     * /dashboard.xhtml"), an endpoint ("GET /api/modules"), or another address of a page ("address", covering
     * nothing).
     */
    record Row(
            String source,
            String method,
            String path,
            Map<String, String> headers,
            Body body,
            Preparation before,
            List<Answer> answers) {}

    /** What a request sends, which may depend on who sends it (a heartbeat carries the token of their own page). */
    @FunctionalInterface
    interface Body {
        byte[] of(PageClient person) throws Exception;

        static Body none() {
            return person -> new byte[0];
        }
    }

    /** What the rows' addresses point at. */
    record Fixture(
            String course,
            String module,
            String otherCourse,
            long clinician,
            long attempt,
            String certificate,
            byte[] moduleZip,
            long lessonId,
            String lessonSlug,
            Preparation draft,
            long ceEntry) {}

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    ServletContext servletContext;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    CourseEditing teaching;

    @Inject
    ContentImporter importer;

    @Inject
    ProgressService progress;

    @Inject
    AttemptService quizzes;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    CeEntries ceEntries;

    private static List<Row> rows(Fixture f) {
        var rows = new ArrayList<Row>();
        var c = f.course();
        var m = f.module();
        // Public pages.
        rows.add(page("index.xhtml", "", OK, OK, OK, OK, OK));
        rows.add(page("modules.xhtml", "modules/" + m, OK, OK, OK, OK, OK));
        rows.add(page("signin.xhtml", "signin", OK, OK, OK, OK, OK));
        rows.add(page("signup.xhtml", "signup", OK, OK, OK, OK, OK));
        rows.add(page("forgot-password.xhtml", "forgot-password", OK, OK, OK, OK, OK));
        rows.add(page("reset-password.xhtml", "reset-password?token=not-a-link", OK, OK, OK, OK, OK));
        rows.add(page("confirm-email.xhtml", "confirm-email?token=not-a-link", OK, OK, OK, OK, OK));
        // Sign-in's second step: without a password just proved in this session it only points back to sign-in.
        rows.add(page("signin-code.xhtml", "signin-code", OK, OK, OK, OK, OK));
        rows.add(page("verify.xhtml", "verify/" + f.certificate(), OK, OK, OK, OK, OK));
        // The learner area.
        rows.add(page("learn.xhtml", "learn/" + m + "/lesson-one", SIGN_IN, OK, OK, OK, OK));
        rows.add(page("quiz.xhtml", "quiz/" + m, SIGN_IN, OK, OK, OK, OK));
        rows.add(page("quiz.xhtml", "quiz/" + m + "/" + f.attempt(), SIGN_IN, OK, HIDDEN, HIDDEN, HIDDEN));
        rows.add(page("dashboard.xhtml", "dashboard", SIGN_IN, OK, OK, OK, OK));
        rows.add(page("certificates.xhtml", "certificates", SIGN_IN, OK, OK, OK, OK));
        rows.add(page("evaluation.xhtml", "evaluation/" + c, SIGN_IN, OK, OK, OK, OK));
        rows.add(page("account/notifications.xhtml", "account/notifications", SIGN_IN, OK, OK, OK, OK));
        rows.add(page("account.xhtml", "account", SIGN_IN, OK, OK, OK, OK));
        rows.add(page("account/two-factor.xhtml", "account/two-factor", SIGN_IN, OK, OK, OK, OK));
        rows.add(page("transcript.xhtml", "transcript", SIGN_IN, OK, OK, OK, OK));
        rows.add(page("renewals.xhtml", "renewals", SIGN_IN, OK, OK, OK, OK));
        // Teaching.
        rows.add(page("accommodations.xhtml", "accommodations", SIGN_IN, DENIED, OK, OK, OK));
        rows.add(page("evaluations.xhtml", "evaluations", SIGN_IN, DENIED, OK, OK, OK));
        rows.add(page("author.xhtml", "author", SIGN_IN, DENIED, OK, OK, OK));
        rows.add(page("author/course.xhtml", "author/course/" + c, SIGN_IN, DENIED, DENIED, OK, OK));
        rows.add(page("author/module.xhtml", "author/module/" + m, SIGN_IN, DENIED, DENIED, OK, OK));
        rows.add(page("author/lesson.xhtml", "author/lesson/" + m + "/lesson-one", SIGN_IN, DENIED, DENIED, OK, OK));
        rows.add(page("author/question.xhtml", "author/question/" + m + "/q1", SIGN_IN, DENIED, DENIED, OK, OK));
        rows.add(page("author/stats.xhtml", "author/stats/" + m, SIGN_IN, DENIED, DENIED, OK, OK));
        // Administration.
        rows.add(page("admin/accounts.xhtml", "admin/accounts", SIGN_IN, DENIED, DENIED, DENIED, OK));
        rows.add(page("admin/account.xhtml", "admin/account/" + f.clinician(), SIGN_IN, DENIED, DENIED, DENIED, OK));
        rows.add(page("admin/certificates.xhtml", "admin/certificates", SIGN_IN, DENIED, DENIED, DENIED, OK));
        // Compliance: the checks of every course's approvals, and where approvals are entered (admins only).
        rows.add(page("admin/compliance.xhtml", "admin/compliance", SIGN_IN, DENIED, DENIED, DENIED, OK));
        rows.add(page("admin/audit.xhtml", "admin/audit", SIGN_IN, DENIED, DENIED, DENIED, OK));
        rows.add(page("admin/lti.xhtml", "admin/lti", SIGN_IN, DENIED, DENIED, DENIED, OK));
        // LTI's pages for a launch in progress: without one (no launch in the session, no launch named) each says so
        // on the page, to anyone, and shows nothing of anyone's.
        rows.add(page("lti/welcome.xhtml", "lti/welcome", OK, OK, OK, OK, OK));
        rows.add(page("lti/link.xhtml", "lti/link", OK, OK, OK, OK, OK));
        rows.add(page("lti/deep-link.xhtml", "lti/deep-link", OK, OK, OK, OK, OK));
        rows.add(page(
                "admin/certificate.xhtml",
                "admin/certificate/" + f.certificate(),
                SIGN_IN,
                DENIED,
                DENIED,
                DENIED,
                OK));
        // Other addresses of the same pages: every one protected by prefix, the Faces servlet's defaults closed.
        rows.add(address("dashboard/x", SIGN_IN, OK, OK, OK, OK));
        rows.add(address("certificates/x", SIGN_IN, OK, OK, OK, OK));
        rows.add(address("transcript.xhtml", SIGN_IN, OK, OK, OK, OK));
        rows.add(address("renewals.xhtml", SIGN_IN, OK, OK, OK, OK));
        rows.add(address("dashboard.xhtml", SIGN_IN, OK, OK, OK, OK));
        rows.add(address("learn.xhtml/" + m + "/lesson-one", SIGN_IN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(address("accommodations/x", SIGN_IN, DENIED, OK, OK, OK));
        rows.add(address("author.xhtml", SIGN_IN, DENIED, OK, OK, OK));
        rows.add(address("admin", SIGN_IN, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(address("admin/accounts.xhtml", SIGN_IN, DENIED, DENIED, DENIED, OK));
        rows.add(address(".well-known/did.json", OK, OK, OK, OK, OK));
        for (var closed : List.of(
                "dashboard.jsf",
                "index.jsf",
                "dashboard.faces",
                "index.faces",
                "faces/index.xhtml",
                "faces/dashboard.xhtml")) {
            rows.add(address(closed, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        }
        // The API.
        rows.add(api("GET", "/api/modules", "api/modules", OK, OK, OK, OK, OK));
        // The deep-linking answer goes back to a platform only for the instructor of a launch; with none named it is
        // refused to everyone signed in, by a page (the platform's browser window shows it).
        rows.add(new Row(
                "POST /api/lti/deep-link",
                "POST",
                "api/lti/deep-link",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                Body.none(),
                () -> {},
                List.of(SIGN_IN, DENIED, DENIED, DENIED, DENIED)));
        rows.add(api("GET", "/api/me/data", "api/me/data", SIGN_IN, OK, OK, OK, OK));
        // Each person's own transcript; the file uploaded for the clinician's entry is theirs alone, admins included.
        rows.add(api("GET", "/api/me/transcript/pdf", "api/me/transcript/pdf", SIGN_IN, OK, OK, OK, OK));
        rows.add(api("GET", "/api/me/transcript/csv", "api/me/transcript/csv", SIGN_IN, OK, OK, OK, OK));
        rows.add(api(
                "GET",
                "/api/me/transcript/entries/{id}/file",
                "api/me/transcript/entries/" + f.ceEntry() + "/file",
                SIGN_IN,
                OK,
                HIDDEN,
                HIDDEN,
                HIDDEN));
        rows.add(api("GET", "/api/certificates/{code}", "api/certificates/" + f.certificate(), OK, OK, OK, OK, OK));
        rows.add(api(
                "GET",
                "/api/certificates/{code}/pdf",
                "api/certificates/" + f.certificate() + "/pdf",
                SIGN_IN,
                OK,
                HIDDEN,
                HIDDEN,
                OK));
        rows.add(api(
                "GET",
                "/api/certificates/{code}/credential",
                "api/certificates/" + f.certificate() + "/credential",
                SIGN_IN,
                OK,
                HIDDEN,
                HIDDEN,
                OK));
        rows.add(api(
                "GET",
                "/api/credentials/status/{list}",
                "api/credentials/status/999999",
                HIDDEN,
                HIDDEN,
                HIDDEN,
                HIDDEN,
                HIDDEN));
        rows.add(api(
                "GET",
                "/api/admin/certificates.csv",
                "api/admin/certificates.csv",
                SIGN_IN,
                DENIED,
                DENIED,
                DENIED,
                OK));
        rows.add(api(
                "GET",
                "/api/admin/certificates.zip",
                "api/admin/certificates.zip?course=" + c,
                SIGN_IN,
                DENIED,
                DENIED,
                DENIED,
                OK));
        // A pack that does not exist: everyone but an admin is refused before that is looked up (AuditPackIT
        // downloads real ones).
        rows.add(api(
                "GET",
                "/api/admin/audit-packs/{id}.zip",
                "api/admin/audit-packs/999999999.zip",
                SIGN_IN,
                DENIED,
                DENIED,
                DENIED,
                HIDDEN));
        rows.add(api(
                "GET",
                "/api/authoring/modules/{slug}.zip",
                "api/authoring/modules/" + m + ".zip",
                SIGN_IN,
                DENIED,
                DENIED,
                OK,
                OK));
        rows.add(new Row(
                "POST /api/authoring/modules/{slug}",
                "POST",
                "api/authoring/modules/" + m + "?course=" + c,
                Map.of("Content-Type", "application/zip"),
                person -> f.moduleZip(),
                () -> {},
                List.of(SIGN_IN, DENIED, DENIED, OK, OK)));
        rows.add(api(
                "GET",
                "/api/authoring/modules/{slug}/post-test.qti.zip",
                "api/authoring/modules/" + m + "/post-test.qti.zip",
                SIGN_IN,
                DENIED,
                DENIED,
                OK,
                OK));
        rows.add(new Row(
                "POST /api/authoring/modules/{slug}/post-test.qti",
                "POST",
                "api/authoring/modules/" + m + "/post-test.qti",
                Map.of("Content-Type", "application/zip"),
                person -> QtiWriter.export(
                        UploadedArchive.read(
                                new ByteArrayInputStream(f.moduleZip()), Files.createTempDirectory("attune-qti")),
                        lesson -> "lesson"),
                () -> {},
                List.of(SIGN_IN, DENIED, DENIED, OK, OK)));
        rows.add(new Row(
                "POST /api/authoring/modules/{slug}/publish",
                "POST",
                "api/authoring/modules/" + m + "/publish",
                Map.of(),
                Body.none(),
                f.draft(),
                List.of(SIGN_IN, DENIED, DENIED, OK, OK)));
        rows.add(new Row(
                "POST /api/admin/issuer-keys/rotate",
                "POST",
                "api/admin/issuer-keys/rotate",
                Map.of(),
                Body.none(),
                () -> {},
                List.of(SIGN_IN, DENIED, DENIED, DENIED, OK)));
        rows.add(new Row(
                "POST /api/progress/time",
                "POST",
                "api/progress/time",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Attune-Heartbeat", "1"),
                person -> ("lessonId=" + f.lessonId() + "&seconds=15&token="
                                + URLEncoder.encode(tokenOf(person, m, f.lessonSlug()), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8),
                () -> {},
                List.of(SIGN_IN, OK, OK, OK, OK)));
        return rows;
    }

    @Test
    void everyPageAndEndpointAnswersEachPersonAsTheyMay() throws Exception {
        var fixture = fixture();
        var people = List.of(
                new PageClient(app),
                signedInClinician(fixture.clinician()),
                Clinicians.signedInInstructor(accounts, teaching, app, "Ona Other", fixture.otherCourse()),
                Clinicians.signedInInstructor(accounts, teaching, app, "Theo This", fixture.course()),
                Clinicians.signedInAdmin(accounts, app));
        var wrong = new ArrayList<String>();

        for (var row : rows(fixture)) {
            for (int i = 0; i < people.size(); i++) {
                row.before().run();
                var expected = describe(row.answers().get(i), row.path());
                var got = answer(people.get(i), row);
                if (!expected.equals(got)) {
                    wrong.add(row.method() + " /" + row.path() + " for the " + PEOPLE.get(i) + ": " + got
                            + " instead of " + expected);
                }
            }
        }

        assertThat(wrong).as("cells that answer otherwise than they should").isEmpty();
    }

    @Test
    void everyPageAndEndpointHasARow() throws Exception {
        var covered = new TreeSet<String>();
        rows(new Fixture("c", "m", "o", 1, 1, "CODE", new byte[0], 1, "l", () -> {}, 1))
                .forEach(row -> covered.add(row.source()));
        covered.remove("address");
        var inWar = new TreeSet<String>();
        pages("/", inWar);
        endpoints("/WEB-INF/classes/", inWar);

        assertThat(inWar).as("pages and endpoints in the WAR").isNotEmpty().isEqualTo(covered);
    }

    private Fixture fixture() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var course = TestModules.importCourse(importer, "matrix-" + suffix, "auto");
        var otherCourse = TestModules.importCourse(importer, "elsewhere-" + suffix, "auto");
        var module = course + "-m";
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Cleo Matrix", email);
        long clinician = accounts.findByEmail(email).orElseThrow().getId();
        var lessons = catalog.module(module).orElseThrow().lessonIds();
        lessons.forEach(lesson -> progress.markComplete(clinician, lesson));
        var attempt = quizzes.startOrResume(clinician, module).attemptId();
        quizzes.submit(clinician, attempt);
        var certificate = lifecycle
                .issueManually(clinician, course, "The access matrix.", "it-admin@attune.test", app.toString())
                .getCode();
        var author = Clinicians.signedInAdmin(accounts, app);
        var zip = author.getBytes("api/authoring/modules/" + module + ".zip").body();
        Preparation draft =
                () -> assertThat(author.send(upload(module, course, zip)).statusCode())
                        .isEqualTo(200);
        draft.run();
        var firstLesson = catalog.module(module).orElseThrow().lessons().get(0);
        var entry = ceEntries
                .add(
                        clinician,
                        new CeEntryDetails(
                                "Ethics elsewhere",
                                "A provider",
                                "apa",
                                LocalDate.now().minusDays(3),
                                BigDecimal.ONE,
                                "law-and-ethics",
                                false))
                .getId();
        ceEntries.attach(clinician, entry, UploadedPdf.of("certificate.pdf", Pdfs.onePage()));
        return new Fixture(
                course,
                module,
                otherCourse,
                clinician,
                attempt,
                certificate,
                zip,
                firstLesson.id(),
                firstLesson.slug(),
                draft,
                entry);
    }

    private PageClient signedInClinician(long id) throws Exception {
        var clinician = new PageClient(app);
        Clinicians.signIn(clinician, accounts.find(id).orElseThrow().getEmail(), Clinicians.PASSWORD);
        return clinician;
    }

    /** What the person got, in the words of {@link #describe}. */
    private String answer(PageClient person, Row row) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(app + row.path()))
                .method(
                        row.method(),
                        HttpRequest.BodyPublishers.ofByteArray(row.body().of(person)));
        row.headers().forEach(request::header);
        var response = person.sendWithoutRedirect(request.build());
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            var location = response.headers().firstValue("Location").orElse("");
            if (URI.create(location).getPath().endsWith("/signin")) {
                return "sent to sign in";
            }
            response = person.sendWithoutRedirect(
                    HttpRequest.newBuilder(URI.create(app.toString()).resolve(location))
                            .build());
        }
        int status = response.statusCode();
        if (status == 401) {
            return isJsonError(response) ? "401 with a JSON error" : "401 without a JSON error";
        }
        return status / 100 == 2 ? "2xx" : "HTTP " + status;
    }

    private static String describe(Answer answer, String path) {
        return switch (answer) {
            case OK -> "2xx";
            case SIGN_IN -> path.startsWith("api/") ? "401 with a JSON error" : "sent to sign in";
            case DENIED -> "HTTP 403";
            case HIDDEN -> "HTTP 404";
        };
    }

    private static boolean isJsonError(HttpResponse<String> response) {
        try {
            return !Json.createReader(new StringReader(response.body()))
                    .readObject()
                    .getString("error")
                    .isBlank();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** The time-on-task token of the lesson page the person was served, or none when they were not served it. */
    private static String tokenOf(PageClient person, String module, String lesson) throws Exception {
        var page = person.page("learn/" + module + "/" + lesson);
        return page.select("#time-on-task").attr("data-token");
    }

    private HttpRequest upload(String module, String course, byte[] zip) {
        return HttpRequest.newBuilder(URI.create(app + "api/authoring/modules/" + module + "?course=" + course))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build();
    }

    /** The WAR's pages: its Facelets files outside WEB-INF and resources, as "page /dashboard.xhtml". */
    private void pages(String folder, Set<String> found) {
        for (var path : servletContext.getResourcePaths(folder)) {
            if (path.endsWith("/")) {
                if (!path.startsWith("/WEB-INF/")
                        && !path.startsWith("/META-INF/")
                        && !path.startsWith("/resources/")) {
                    pages(path, found);
                }
            } else if (path.endsWith(".xhtml")) {
                found.add("page " + path);
            }
        }
    }

    /** The WAR's Jakarta REST methods, as "GET /api/certificates/{code}/pdf". */
    private void endpoints(String folder, Set<String> found) throws Exception {
        var root =
                "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        for (var path : servletContext.getResourcePaths(folder)) {
            if (path.endsWith("/")) {
                endpoints(path, found);
            } else if (path.endsWith(".class") && !path.contains("$")) {
                var name = path.substring("/WEB-INF/classes/".length(), path.length() - ".class".length())
                        .replace('/', '.');
                var type = Thread.currentThread().getContextClassLoader().loadClass(name);
                var resource = type.getAnnotation(Path.class);
                if (resource == null) {
                    continue;
                }
                for (var method : type.getMethods()) {
                    for (var annotation : method.getAnnotations()) {
                        var verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (verb != null) {
                            var sub = method.getAnnotation(Path.class);
                            found.add(verb.value() + " " + join(root, resource, sub));
                        }
                    }
                }
            }
        }
    }

    private static String join(String root, Path resource, Path sub) {
        var path = root + "/" + resource.value() + (sub == null ? "" : "/" + sub.value());
        return path.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static Row page(String file, String path, Answer... answers) {
        return new Row("page /" + file, "GET", path, Map.of(), Body.none(), () -> {}, List.of(answers));
    }

    private static Row address(String path, Answer... answers) {
        return new Row("address", "GET", path, Map.of(), Body.none(), () -> {}, List.of(answers));
    }

    private static Row api(String method, String endpoint, String path, Answer... answers) {
        return new Row(
                method + " " + endpoint, method, path, new LinkedHashMap<>(), Body.none(), () -> {}, List.of(answers));
    }
}
