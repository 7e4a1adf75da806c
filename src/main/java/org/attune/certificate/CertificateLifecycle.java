package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.attune.account.AccountService;
import org.attune.account.Licences;
import org.attune.account.ReaderLanguage;
import org.attune.catalog.CatalogService;
import org.attune.database.DatabaseClock;
import org.attune.web.SecurityLog;

/**
 * What admins do to certificates: approve a pending one, revoke one with a reason, reissue one with the learner's
 * current details, issue one by hand. Each action is recorded in the certificate's audit trail and the security
 * log; one the rules do not allow is refused ({@link CertificateRefusal}) and changes nothing.
 */
@ApplicationScoped
@Transactional(rollbackOn = CertificateRefusal.class)
public class CertificateLifecycle {

    /** The longest reason kept (the audit trail's and the revocation's column). */
    static final int MAX_REASON = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateService certificates;

    @Inject
    Event<CertificateIssued> issued;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    CertificateLetters letters;

    @Inject
    Licences licences;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = DatabaseClock.UTC_MICROS;

    public Certificate approve(String code, String actor) throws CertificateRefusal {
        var certificate = locked(code);
        if (certificate.getStatus() != CertificateStatus.PENDING) {
            throw new CertificateRefusal(
                    "certificate.refusal.notPending",
                    code,
                    certificate.getStatus().name().toLowerCase());
        }
        var now = Instant.now(clock);
        certificate.issue(now);
        certificates.event(certificate.getCode(), now, actor, CertificateEvent.Action.APPROVED, null);
        securityLog("certificate.approved", certificate, actor).info();
        letters.announce(CertificateLetters.Happened.APPROVED, certificate);
        issued.fire(CertificateIssued.of(certificate));
        return certificate;
    }

    public Certificate revoke(String code, String reason, String actor) throws CertificateRefusal {
        var kept = reason(reason, "certificate.refusal.revocationReason");
        var certificate = locked(code);
        if (certificate.getStatus() != CertificateStatus.ISSUED
                && certificate.getStatus() != CertificateStatus.PENDING) {
            throw new CertificateRefusal(
                    "certificate.refusal.already",
                    code,
                    certificate.getStatus().name().toLowerCase());
        }
        var now = Instant.now(clock);
        certificate.revoke(kept, now);
        certificates.event(certificate.getCode(), now, actor, CertificateEvent.Action.REVOKED, kept);
        securityLog("certificate.revoked", certificate, actor)
                .with("reason", kept)
                .info();
        letters.announce(CertificateLetters.Happened.REVOKED, certificate);
        return certificate;
    }

    /**
     * Issues a certificate the completion rule did not earn (e.g. for an in-person workshop): an admin's decision,
     * recorded with its reason. Refused when the learner already holds a current certificate for the course, or has not
     * confirmed their email address.
     */
    public Certificate issueManually(long accountId, String courseSlug, String reason, String actor, String baseUrl)
            throws CertificateRefusal {
        var kept = reason(reason, "certificate.refusal.manualReason");
        var course = catalog.course(courseSlug)
                .orElseThrow(() -> new CertificateRefusal("certificate.refusal.noSuchCourse"));
        if (certificates.current(accountId, courseSlug).isPresent()) {
            throw new CertificateRefusal("certificate.refusal.alreadyHolds");
        }
        var learner =
                accounts.find(accountId).orElseThrow(() -> new CertificateRefusal("certificate.refusal.noSuchLearner"));
        if (!learner.isEmailVerified()) {
            throw new CertificateRefusal("certificate.refusal.unconfirmed");
        }
        var now = Instant.now(clock);
        var code = CertificateCode.generate(random);
        var snapshot = certificates.snapshot(accountId, course, now, baseUrl, code);
        var certificate =
                new Certificate(code, accountId, certificates.nextGeneration(accountId, courseSlug), snapshot, now);
        certificate.issue(now);
        em.persist(certificate);
        certificates.event(code, now, actor, CertificateEvent.Action.ISSUED_MANUALLY, kept);
        securityLog("certificate.issued-manually", certificate, actor)
                .with("reason", kept)
                .info();
        letters.announce(CertificateLetters.Happened.ISSUED_BY_ADMIN, certificate);
        issued.fire(CertificateIssued.of(certificate));
        return certificate;
    }

    /**
     * Replaces the certificate with a new one printing the learner's current details (e.g. after a name change);
     * the old one becomes superseded and points to the new one.
     */
    public Certificate reissue(String code, String baseUrl, String actor) throws CertificateRefusal {
        var old = locked(code);
        if (old.getStatus() != CertificateStatus.ISSUED) {
            throw new CertificateRefusal(
                    "certificate.refusal.reissueIssuedOnly",
                    code,
                    old.getStatus().name().toLowerCase());
        }
        var account = accounts.find(old.getAccountId()).orElseThrow();
        var now = Instant.now(clock);
        var newCode = CertificateCode.generate(random);
        var before = old.snapshot();
        var snapshot = new Snapshot(
                before.courseSlug(),
                account.getFullName(),
                licences.printed(account.getId()),
                account.getProfession(),
                before.courseTitle(),
                before.ceHours(),
                before.completedOn(),
                before.provider(),
                before.approvalStatement(),
                before.issuer(),
                CertificateService.verifyUrl(baseUrl, newCode),
                before.contentRevisions(),
                // Like the course's statement and hours, the approvals it was issued under stay as they were.
                before.approvals(),
                before.categories(),
                before.instructionalMinutes(),
                // Like the name, the language is the learner's now: the one the old certificate printed in unless
                // they have since chosen another.
                ReaderLanguage.of(account).toLanguageTag());
        var replacement = new Certificate(
                newCode,
                old.getAccountId(),
                certificates.nextGeneration(old.getAccountId(), before.courseSlug()),
                snapshot,
                now);
        replacement.issue(now);
        old.supersede(newCode, now);
        em.persist(replacement);
        certificates.event(old.getCode(), now, actor, CertificateEvent.Action.SUPERSEDED, "Replaced by " + newCode);
        certificates.event(newCode, now, actor, CertificateEvent.Action.REISSUED, "Replaces " + old.getCode());
        securityLog("certificate.reissued", replacement, actor)
                .with("replaces", old.getCode())
                .info();
        letters.announceReissue(replacement, old.getCode());
        return replacement;
    }

    private static String reason(String reason, String missingKey) throws CertificateRefusal {
        if (reason == null || reason.isBlank()) {
            throw new CertificateRefusal(missingKey);
        }
        var kept = reason.strip();
        if (kept.length() > MAX_REASON) {
            throw new CertificateRefusal("certificate.refusal.reasonLength", MAX_REASON, kept.length());
        }
        return kept;
    }

    /** The security log's line for an admin's action on a certificate: whose it is, and who acted, by account id. */
    private SecurityLog securityLog(String event, Certificate certificate, String actor) {
        return SecurityLog.event(event)
                .with("code", certificate.getCode())
                .with("account", certificate.getAccountId())
                .with("by", accounts.findByEmail(actor).map(a -> a.getId()).orElse(null));
    }

    private Certificate locked(String code) throws CertificateRefusal {
        var certificate = certificates
                .find(code)
                .orElseThrow(() -> new CertificateRefusal("certificate.refusal.noSuchCertificate"));
        em.lock(certificate, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(certificate);
        return certificate;
    }
}
