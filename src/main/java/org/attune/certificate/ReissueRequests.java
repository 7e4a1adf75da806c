package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.account.AccountService;
import org.attune.database.DatabaseClock;
import org.attune.web.SecurityLog;

/**
 * Corrected reissues as a learner asks for them and an admin decides: the learner asks about an issued certificate
 * of their own (with a note of what to correct); an admin approves, which reissues it with the learner's current
 * details ({@link CertificateLifecycle#reissue}), or declines with a reason. So a certificate moves to a corrected
 * name only when both have acted. Each step is in the certificate's audit trail and the security log.
 */
@ApplicationScoped
@Transactional(rollbackOn = CertificateRefusal.class)
public class ReissueRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    AccountService accounts;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The learner asks for a corrected reissue of their issued certificate; refused when one is already open. */
    public ReissueRequest request(long accountId, String code, String note) throws CertificateRefusal {
        var certificate = certificates
                .find(code)
                .filter(c -> c.getAccountId() == accountId)
                .orElseThrow(() -> new CertificateRefusal("certificate.refusal.notYours"));
        em.lock(certificate, LockModeType.PESSIMISTIC_WRITE);
        if (certificate.getStatus() != CertificateStatus.ISSUED) {
            throw new CertificateRefusal(
                    "certificate.refusal.correctIssuedOnly",
                    certificate.getStatus().name().toLowerCase());
        }
        if (open(certificate.getCode()).isPresent()) {
            throw new CertificateRefusal("certificate.refusal.alreadyAsked");
        }
        var kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > CertificateLifecycle.MAX_REASON) {
            throw new CertificateRefusal("certificate.refusal.noteLength", CertificateLifecycle.MAX_REASON);
        }
        var now = Instant.now(clock);
        var request = new ReissueRequest(certificate.getCode(), accountId, kept, now);
        em.persist(request);
        var actor = accounts.find(accountId).orElseThrow().getEmail();
        certificates.event(
                certificate.getCode(),
                now,
                actor,
                CertificateEvent.Action.REISSUE_REQUESTED,
                kept == null ? "The learner asks for a reissue with their current details." : kept);
        SecurityLog.event("certificate.reissue-requested")
                .with("code", certificate.getCode())
                .with("account", accountId)
                .info();
        return request;
    }

    /** An admin approves: the certificate is reissued with the learner's current details; returns the new one. */
    public Certificate approve(String code, String baseUrl, String actor) throws CertificateRefusal {
        var request = lockedOpen(code);
        var replacement = lifecycle.reissue(request.getCertificate(), baseUrl, actor);
        request.approve(replacement.getCode(), actor, Instant.now(clock));
        return replacement;
    }

    /** An admin declines, with the reason the learner will read. */
    public void decline(String code, String reason, String actor) throws CertificateRefusal {
        if (reason == null || reason.isBlank()) {
            throw new CertificateRefusal("certificate.refusal.declineReason");
        }
        var kept = reason.strip();
        if (kept.length() > CertificateLifecycle.MAX_REASON) {
            throw new CertificateRefusal("certificate.refusal.declineReasonLength", CertificateLifecycle.MAX_REASON);
        }
        var request = lockedOpen(code);
        var now = Instant.now(clock);
        request.decline(kept, actor, now);
        certificates.event(request.getCertificate(), now, actor, CertificateEvent.Action.REISSUE_DECLINED, kept);
        SecurityLog.event("certificate.reissue-declined")
                .with("code", request.getCertificate())
                .with("account", request.getAccountId())
                .with("by", accounts.findByEmail(actor).map(a -> a.getId()).orElse(null))
                .with("reason", kept)
                .info();
    }

    /** The open request for the certificate, if any. */
    public Optional<ReissueRequest> open(String code) {
        return em.createNamedQuery("ReissueRequest.openFor", ReissueRequest.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Every open request, oldest first: what admins have to decide. */
    public List<ReissueRequest> open() {
        return em.createNamedQuery("ReissueRequest.open", ReissueRequest.class).getResultList();
    }

    /** The learner's requests, newest first. */
    public List<ReissueRequest> of(long accountId) {
        return em.createNamedQuery("ReissueRequest.of", ReissueRequest.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    private ReissueRequest lockedOpen(String code) throws CertificateRefusal {
        var normal = CertificateCode.normalize(code).orElse(code);
        var request =
                open(normal).orElseThrow(() -> new CertificateRefusal("certificate.refusal.noOpenRequest", normal));
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
        if (request.getState() != ReissueRequest.State.OPEN) {
            throw new CertificateRefusal("certificate.refusal.decided");
        }
        return request;
    }
}
