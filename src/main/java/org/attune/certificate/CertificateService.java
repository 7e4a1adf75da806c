package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attune.account.Account;
import org.attune.account.AccountService;
import org.attune.account.Licences;
import org.attune.account.ReaderLanguage;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseSummary;
import org.attune.catalog.ModuleSummary;
import org.attune.ce.CeRules;
import org.attune.content.CourseDefinition;
import org.attune.database.DatabaseClock;
import org.attune.progress.CourseStanding;
import org.attune.progress.ProgressService;
import org.attune.progress.Standing;

/**
 * A learner's certificates: what is left before each ({@link Checklists}, read from their standing), the claim that
 * creates one, and finding and verifying them. A learner earns one certificate per course, the moment the course is
 * complete: issued at once for an auto-issue course, pending an admin's approval otherwise. Claiming twice creates
 * one; two claims at once cannot both succeed (one certificate of each generation per learner and course, by a
 * unique key); a revoked certificate is not earned again by the rule (an admin may issue one by hand).
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
    AccountService accounts;

    @Inject
    CertificateLetters letters;

    /** Heard within the transaction by what reports a learner's achievements (statements to an LRS). */
    @Inject
    Event<CourseCompleted> completed;

    @Inject
    Event<CertificateIssued> issued;

    @Inject
    Licences licences;

    @Inject
    CeRules ceRules;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** What the learner has done and has left in the course; empty for a course that does not exist. */
    public Optional<Checklist> checklist(long accountId, String courseSlug) {
        return catalog.course(courseSlug)
                .map(course -> checklist(course, progress.standing(accountId), emailConfirmed(accountId)));
    }

    /** The learner's checklist of every course with published modules, in catalog order. */
    public List<Checklist> checklists(long accountId) {
        var standing = progress.standing(accountId);
        boolean confirmed = emailConfirmed(accountId);
        return catalog.courses().stream()
                .map(CourseSummary::slug)
                .filter(Objects::nonNull)
                .flatMap(slug -> catalog.course(slug).stream())
                .map(course -> checklist(course, standing, confirmed))
                .toList();
    }

    /**
     * Creates the learner's certificate for the course if it is complete and they have had none; returns their
     * current one (pending or issued), if any.
     */
    public Optional<Certificate> claim(long accountId, String courseSlug, String baseUrl) {
        var current = current(accountId, courseSlug);
        var course = catalog.course(courseSlug);
        if (current.isPresent() || course.isEmpty() || nextGeneration(accountId, courseSlug) > 1) {
            return current;
        }
        var standing = progress.standing(accountId);
        if (!checklist(course.get(), standing, emailConfirmed(accountId)).complete()) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        var code = CertificateCode.generate(random);
        var snapshot = snapshot(accountId, course.get(), now, baseUrl, code, standing);
        var certificate = new Certificate(code, accountId, 1, snapshot, now);
        if (course.get().autoIssue()) {
            certificate.issue(now);
        }
        em.persist(certificate);
        em.flush();
        event(
                code,
                now,
                CertificateEvent.SYSTEM,
                CertificateEvent.Action.EARNED,
                course.get().autoIssue()
                        ? "Course complete; issued automatically."
                        : "Course complete; waiting for approval.");
        completed.fire(new CourseCompleted(accountId, courseSlug, code, now));
        if (certificate.getStatus() == CertificateStatus.ISSUED) {
            letters.announce(CertificateLetters.Happened.EARNED, certificate);
            issued.fire(CertificateIssued.of(certificate));
        }
        return Optional.of(certificate);
    }

    /** The same, in a transaction of its own: a claim that loses a race with another fails alone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Certificate> claimAlone(long accountId, String courseSlug, String baseUrl) {
        return claim(accountId, courseSlug, baseUrl);
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

    /** The certificate's audit trail, oldest first. */
    public List<CertificateEvent> history(String code) {
        return CertificateCode.normalize(code)
                .map(normal -> em.createNamedQuery("CertificateEvent.of", CertificateEvent.class)
                        .setParameter("code", normal)
                        .getResultList())
                .orElse(List.of());
    }

    /** Whether the learner has confirmed their address: no certificate is issued to an address nobody confirmed. */
    private boolean emailConfirmed(long accountId) {
        return accounts.cached(accountId).map(Account::isEmailVerified).orElse(false);
    }

    private Checklist checklist(CourseDefinition course, Standing standing, boolean emailConfirmed) {
        var inCourse = standing.course(course.slug())
                .orElseGet(() -> new CourseStanding(course.slug(), List.of(), course.requireReadingTime(), false));
        var titles = catalog.modulesOf(course.slug()).stream()
                .collect(Collectors.toMap(ModuleSummary::slug, ModuleSummary::title));
        return Checklists.of(course, inCourse, titles, emailConfirmed);
    }

    /**
     * What a new certificate prints: the learner as they are now, the course as it is now, today's date, and each
     * module with the revision the learner completed ("Title, revision 2"; for a module they have not completed, as
     * on a certificate issued by hand, the revision current now).
     */
    Snapshot snapshot(long accountId, CourseDefinition course, Instant now, String baseUrl, String code) {
        return snapshot(accountId, course, now, baseUrl, code, progress.standing(accountId));
    }

    private Snapshot snapshot(
            long accountId, CourseDefinition course, Instant now, String baseUrl, String code, Standing standing) {
        Account account = accounts.find(accountId).orElseThrow();
        var modules = catalog.modulesOf(course.slug());
        var revisions = modules.stream()
                .map(m -> m.title() + ", revision "
                        + standing.module(m.slug())
                                .map(s -> s.revisionCompleted())
                                .orElse(1))
                .collect(Collectors.joining("; "));
        var ceHours = modules.stream().map(ModuleSummary::ceHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        var completedOn = now.atOffset(ZoneOffset.UTC).toLocalDate();
        // The same instructional minutes as the publishing checks (org.attune.ce.CourseFigures): CE hours times 60.
        var minutes = ceHours.multiply(BigDecimal.valueOf(60)).intValue();
        var licenceTypes =
                licences.of(accountId).stream().map(l -> l.details().type()).toList();
        return new Snapshot(
                course.slug(),
                account.getFullName(),
                licences.printed(accountId),
                account.getProfession(),
                course.title(),
                ceHours,
                completedOn,
                course.provider(),
                course.approvalStatement(),
                course.provider(),
                verifyUrl(baseUrl, code),
                revisions,
                CertificateApprovals.applying(ceRules.library(), course, licenceTypes, completedOn, minutes),
                course.categories(),
                minutes,
                ReaderLanguage.of(account).toLanguageTag());
    }

    /** The generation a new certificate of the learner for the course takes: 1 when they have had none. */
    int nextGeneration(long accountId, String courseSlug) {
        Integer max = em.createQuery(
                        "select max(c.generation) from Certificate c where c.accountId = :a and c.courseSlug = :c",
                        Integer.class)
                .setParameter("a", accountId)
                .setParameter("c", courseSlug)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    void event(String code, Instant at, String actor, CertificateEvent.Action action, String reason) {
        em.persist(new CertificateEvent(code, at, actor, action, reason));
    }

    static String verifyUrl(String baseUrl, String code) {
        return baseUrl.replaceAll("/+$", "") + "/verify/" + code;
    }
}
