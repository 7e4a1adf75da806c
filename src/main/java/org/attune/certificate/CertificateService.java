package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.catalog.EvaluationService;
import org.attune.database.DatabaseClock;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ProgressService;
import org.attune.quiz.QuizService;

/**
 * Issues, verifies, revokes and reissues certificates. A learner earns one certificate per course, the moment the
 * course is complete (every module's lessons and post-test, and the evaluation): issued at once for an auto-issue
 * course, pending an admin's approval otherwise. Claiming twice creates one; two claims at once cannot both
 * succeed (one certificate of each generation per learner and course, by a unique key).
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    QuizService quizzes;

    @Inject
    EvaluationService evaluations;

    @Inject
    AccountService accounts;

    @Inject
    org.attune.progress.ModuleCompletions completions;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** What the learner has done and has left in the course; empty for a course that does not exist. */
    public Optional<Checklist> checklist(long accountId, String courseSlug) {
        var course = catalog.course(courseSlug);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        var items = new ArrayList<Checklist.Item>();
        var progressByModule = progress.progressByModule(accountId);
        var passed = quizzes.passedModuleIds(accountId);
        var ids = catalog.moduleIds();
        var completed = completions.completionsOf(accountId);
        for (var module : catalog.modulesOf(courseSlug)) {
            var completion = completed.get(ids.get(module.slug()));
            if (completion != null) {
                // Completed once, completed for good: a later revision of the module takes nothing back.
                items.add(new Checklist.Item(
                        module.title(),
                        "completed (revision " + completion.getRevision() + ")",
                        true,
                        "/modules/" + module.slug()));
                continue;
            }
            var lessons = progressByModule.getOrDefault(module.slug(), ModuleProgress.NONE);
            items.add(new Checklist.Item(
                    module.title() + ": lessons",
                    lessons.completed() + " of " + lessons.total() + " complete",
                    lessons.lessonsComplete(),
                    "/modules/" + module.slug()));
            if (quizzes.hasQuiz(module.slug())) {
                boolean done = passed.contains(ids.get(module.slug()));
                items.add(new Checklist.Item(
                        module.title() + ": post-test",
                        done ? "passed" : "not passed yet",
                        done,
                        "/quiz/" + module.slug()));
            }
        }
        if (course.get().requireReadingTime()) {
            items.add(readingTime(accountId, courseSlug));
        }
        boolean evaluated = evaluations.submitted(accountId, courseSlug);
        items.add(new Checklist.Item(
                "Course evaluation",
                evaluated ? "submitted" : "not submitted yet",
                evaluated,
                "/evaluation/" + courseSlug));
        return Optional.of(new Checklist(
                courseSlug, course.get().title(), items, course.get().autoIssue()));
    }

    /** Active time on the course's lessons against their estimated reading time. */
    private Checklist.Item readingTime(long accountId, String courseSlug) {
        var active = progress.activeSeconds(accountId);
        int required = 0;
        int spent = 0;
        for (var summary : catalog.modulesOf(courseSlug)) {
            for (var lesson : catalog.module(summary.slug()).orElseThrow().lessons()) {
                required += lesson.minutes() * 60;
                spent += active.getOrDefault(lesson.id(), 0);
            }
        }
        return new Checklist.Item(
                "Reading time",
                (spent / 60) + " of " + (required / 60) + " minutes (time with a lesson open and you active)",
                spent >= required,
                "/dashboard");
    }

    /**
     * Creates the learner's certificate for the course if it is complete and they have none yet; returns their
     * current one (pending or issued), if any.
     */
    public Optional<Certificate> claim(long accountId, String courseSlug, String baseUrl) {
        var current = current(accountId, courseSlug);
        catalog.modulesOf(courseSlug).forEach(m -> completions.recordIfComplete(accountId, m.slug()));
        var checklist = checklist(accountId, courseSlug);
        if (current.isPresent() || checklist.isEmpty() || !checklist.get().complete()) {
            return current;
        }
        var course = catalog.course(courseSlug).orElseThrow();
        var account = accounts.find(accountId).orElseThrow();
        var now = Instant.now(clock);
        var code = CertificateCode.generate(random);
        var snapshot =
                snapshot(account, course, now, verifyUrl(baseUrl, code), contentRevisions(accountId, courseSlug));
        var certificate = new Certificate(code, accountId, 1, snapshot, now);
        if (course.autoIssue()) {
            certificate.issue(now);
        }
        em.persist(certificate);
        em.flush();
        record(
                code,
                now,
                CertificateEvent.SYSTEM,
                CertificateEvent.Action.EARNED,
                course.autoIssue()
                        ? "Course complete; issued automatically."
                        : "Course complete; waiting for approval.");
        return Optional.of(certificate);
    }

    public Optional<Certificate> current(long accountId, String courseSlug) {
        return em.createNamedQuery("Certificate.current", Certificate.class)
                .setParameter("account", accountId)
                .setParameter("course", courseSlug)
                .getResultStream()
                .findFirst();
    }

    public List<Certificate> of(long accountId) {
        return em.createNamedQuery("Certificate.of", Certificate.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public List<Certificate> all() {
        return em.createNamedQuery("Certificate.all", Certificate.class).getResultList();
    }

    /** What an admin looks for: any of course, status, requested between two dates, a name or code fragment. */
    public record Search(
            String courseSlug,
            CertificateStatus status,
            java.time.LocalDate from,
            java.time.LocalDate to,
            String text,
            boolean oldestFirst)
            implements java.io.Serializable {

        public static final Search ALL = new Search(null, null, null, null, null, false);
    }

    /** The columns a search may sort by, and the property each stands for. */
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "c.code",
            "status", "c.status",
            "learner", "c.learnerName",
            "course", "c.courseTitle",
            "requested", "c.requestedAt");

    public List<Certificate> search(Search search, int first, int max) {
        return search(search, first, max, null, false);
    }

    /** One page of what the search finds, sorted by a column (see SORTABLE) or else by request date. */
    public List<Certificate> search(Search search, int first, int max, String sortBy, boolean descending) {
        var order = sortBy != null && SORTABLE.containsKey(sortBy)
                ? SORTABLE.get(sortBy) + (descending ? " desc" : " asc")
                : "c.requestedAt " + (search.oldestFirst() ? "asc" : "desc");
        var query = em.createQuery(
                "select c from Certificate c" + where(search) + " order by " + order + ", c.id", Certificate.class);
        bind(query, search);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Up to {@code max} of the certificates the search finds whose id is above {@code afterId}, by id: one page of an
     * export, read in a transaction of its own, so that an export of any size holds neither a long transaction nor
     * every certificate at once. The next page starts after the last id of this one.
     */
    public List<Certificate> exportPage(Search search, long afterId, int max) {
        var where = where(search);
        var query = em.createQuery(
                "select c from Certificate c" + (where.isEmpty() ? " where " : where + " and ")
                        + "c.id > :after order by c.id",
                Certificate.class);
        bind(query, search);
        return query.setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public long count(Search search) {
        var query = em.createQuery("select count(c) from Certificate c" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    private static String where(Search search) {
        var conditions = new ArrayList<String>();
        if (search.courseSlug() != null && !search.courseSlug().isBlank()) {
            conditions.add("c.courseSlug = :course");
        }
        if (search.status() != null) {
            conditions.add("c.status = :status");
        }
        if (search.from() != null) {
            conditions.add("c.requestedAt >= :from");
        }
        if (search.to() != null) {
            conditions.add("c.requestedAt < :to");
        }
        if (search.text() != null && !search.text().isBlank()) {
            conditions.add("(lower(c.learnerName) like :text or c.code like :code)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, Search search) {
        if (search.courseSlug() != null && !search.courseSlug().isBlank()) {
            query.setParameter("course", search.courseSlug());
        }
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.from() != null) {
            query.setParameter(
                    "from", search.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (search.to() != null) {
            query.setParameter(
                    "to", search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (search.text() != null && !search.text().isBlank()) {
            var text = search.text()
                    .strip()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("%", "")
                    .replace("_", "");
            query.setParameter("text", "%" + text + "%");
            query.setParameter("code", "%" + text.toUpperCase(java.util.Locale.ROOT) + "%");
        }
    }

    /** The certificate with this code, however it was typed; empty for anything that is not a known code. */
    public Optional<Certificate> find(String code) {
        return CertificateCode.normalize(code)
                .flatMap(normal -> em.createNamedQuery("Certificate.byCode", Certificate.class)
                        .setParameter("code", normal)
                        .getResultStream()
                        .findFirst());
    }

    /** Public verification; a pending certificate is not yet anyone's proof, so it verifies as unknown. */
    public Optional<Verification> verify(String code) {
        return find(code)
                .filter(c -> c.getStatus() != CertificateStatus.PENDING)
                .map(Verification::of);
    }

    public Certificate approve(String code, String actor) {
        var certificate = locked(code);
        var now = Instant.now(clock);
        certificate.issue(now);
        record(certificate.getCode(), now, actor, CertificateEvent.Action.APPROVED, null);
        securityLog("certificate.approved", certificate, actor).info();
        return certificate;
    }

    public Certificate revoke(String code, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A revocation needs a reason.");
        }
        var certificate = locked(code);
        var now = Instant.now(clock);
        certificate.revoke(reason.strip(), now);
        record(certificate.getCode(), now, actor, CertificateEvent.Action.REVOKED, reason.strip());
        securityLog("certificate.revoked", certificate, actor)
                .with("reason", reason.strip())
                .info();
        return certificate;
    }

    /**
     * Issues a certificate the completion rule did not earn (e.g. for an in-person workshop): an admin's decision,
     * recorded with its reason. Refused when the learner already holds a current certificate for the course.
     */
    public Certificate issueManually(long accountId, String courseSlug, String reason, String actor, String baseUrl) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A manual issue needs a reason.");
        }
        var course =
                catalog.course(courseSlug).orElseThrow(() -> new IllegalArgumentException("There is no such course."));
        if (current(accountId, courseSlug).isPresent()) {
            throw new IllegalArgumentException("This learner already has a certificate for this course.");
        }
        var account =
                accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("There is no such learner."));
        var now = Instant.now(clock);
        var code = CertificateCode.generate(random);
        var snapshot =
                snapshot(account, course, now, verifyUrl(baseUrl, code), contentRevisions(accountId, courseSlug));
        var certificate = new Certificate(code, accountId, nextGeneration(accountId, courseSlug), snapshot, now);
        certificate.issue(now);
        em.persist(certificate);
        record(code, now, actor, CertificateEvent.Action.ISSUED_MANUALLY, reason.strip());
        securityLog("certificate.issued-manually", certificate, actor)
                .with("reason", reason.strip())
                .info();
        return certificate;
    }

    /** The certificate's audit trail, oldest first. */
    public List<CertificateEvent> history(String code) {
        return CertificateCode.normalize(code)
                .map(normal -> em.createNamedQuery("CertificateEvent.of", CertificateEvent.class)
                        .setParameter("code", normal)
                        .getResultList())
                .orElse(List.of());
    }

    /** What a new certificate prints: the learner as they are now, the course as it is now, today's date. */
    private Snapshot snapshot(
            org.attune.account.Account account,
            org.attune.content.CourseDefinition course,
            Instant now,
            String url,
            String contentRevisions) {
        return new Snapshot(
                course.slug(),
                account.getFullName(),
                account.getLicenceNumber(),
                account.getProfession(),
                course.title(),
                catalog.modulesOf(course.slug()).stream()
                        .map(m -> m.ceHours())
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                now.atOffset(ZoneOffset.UTC).toLocalDate(),
                course.provider(),
                course.approvalStatement(),
                course.provider(),
                url,
                contentRevisions);
    }

    /**
     * Each module of the course with the revision the learner completed ("Title, revision 2"), or, for a module
     * they have no completion of (a certificate issued by hand), the revision current now.
     */
    private String contentRevisions(long accountId, String courseSlug) {
        var completed = completions.completionsOf(accountId);
        var ids = catalog.moduleIds();
        return catalog.modulesOf(courseSlug).stream()
                .map(m -> {
                    var completion = completed.get(ids.get(m.slug()));
                    int revision = completion != null
                            ? completion.getRevision()
                            : catalog.revisionOf(m.slug()).orElse(1);
                    return m.title() + ", revision " + revision;
                })
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private int nextGeneration(long accountId, String courseSlug) {
        Integer max = em.createQuery(
                        "select max(c.generation) from Certificate c where c.accountId = :a and c.courseSlug = :c",
                        Integer.class)
                .setParameter("a", accountId)
                .setParameter("c", courseSlug)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void record(String code, Instant at, String actor, CertificateEvent.Action action, String reason) {
        em.persist(new CertificateEvent(code, at, actor, action, reason));
    }

    /**
     * Replaces the certificate with a new one printing the learner's current details (e.g. after a name change);
     * the old one becomes superseded and points to the new one.
     */
    public Certificate reissue(String code, String baseUrl, String actor) {
        var old = locked(code);
        if (old.getStatus() != CertificateStatus.ISSUED) {
            throw new IllegalStateException("Only an issued certificate can be reissued.");
        }
        var account = accounts.find(old.getAccountId()).orElseThrow();
        var now = Instant.now(clock);
        var newCode = CertificateCode.generate(random);
        var before = old.snapshot();
        var snapshot = new Snapshot(
                before.courseSlug(),
                account.getFullName(),
                account.getLicenceNumber(),
                account.getProfession(),
                before.courseTitle(),
                before.ceHours(),
                before.completedOn(),
                before.provider(),
                before.approvalStatement(),
                before.issuer(),
                verifyUrl(baseUrl, newCode),
                before.contentRevisions());
        var replacement = new Certificate(
                newCode, old.getAccountId(), nextGeneration(old.getAccountId(), before.courseSlug()), snapshot, now);
        replacement.issue(now);
        old.supersede(newCode, now);
        em.persist(replacement);
        record(old.getCode(), now, actor, CertificateEvent.Action.SUPERSEDED, "Replaced by " + newCode);
        record(newCode, now, actor, CertificateEvent.Action.REISSUED, "Replaces " + old.getCode());
        securityLog("certificate.reissued", replacement, actor)
                .with("replaces", old.getCode())
                .info();
        return replacement;
    }

    /** The security log's line for an admin's action on a certificate: whose it is, and who acted, by account id. */
    private org.attune.web.SecurityLog securityLog(String event, Certificate certificate, String actor) {
        return org.attune.web.SecurityLog.event(event)
                .with("code", certificate.getCode())
                .with("account", certificate.getAccountId())
                .with("by", accounts.findByEmail(actor).map(a -> a.getId()).orElse(null));
    }

    private Certificate locked(String code) {
        var certificate = find(code).orElseThrow(() -> new IllegalArgumentException("There is no such certificate."));
        em.lock(certificate, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(certificate);
        return certificate;
    }

    private static String verifyUrl(String baseUrl, String code) {
        return baseUrl.replaceAll("/+$", "") + "/verify/" + code;
    }
}
