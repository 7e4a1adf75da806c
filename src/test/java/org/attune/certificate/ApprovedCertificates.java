package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Issued certificates whose snapshot carries the approvals given, for tests of what reads them (the transcript, the
 * renewal tracker) on a branch where issuing does not freeze a course's approvals yet: the certificate is made and
 * issued as {@link CertificateLifecycle#issueManually} makes one, with its snapshot as the test says.
 */
@ApplicationScoped
@Transactional
public class ApprovedCertificates {

    @PersistenceContext
    EntityManager em;

    private final SecureRandom random = new SecureRandom();

    /** An APA approval of the course, with its credits, as a snapshot freezes it. */
    public static CertificateApproval apa(String credits) {
        return new CertificateApproval(
                "apa",
                "American Psychological Association",
                "APA-TEST-1",
                LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1),
                "home study",
                new BigDecimal(credits),
                "Test Provider is approved by the American Psychological Association to sponsor continuing education "
                        + "for psychologists. Test Provider maintains responsibility for this program and its content.");
    }

    public Certificate issued(
            long accountId,
            String course,
            LocalDate completedOn,
            List<CertificateApproval> approvals,
            List<String> categories) {
        var snapshot = new Snapshot(
                course,
                "Test Learner",
                null,
                null,
                "Course " + course,
                new BigDecimal("1.5"),
                completedOn,
                "Test Provider",
                "Test Provider maintains responsibility for this program.",
                "Test Provider",
                "https://attune.example.org/verify",
                null,
                approvals,
                categories,
                90);
        var certificate = new Certificate(CertificateCode.generate(random), accountId, 1, snapshot, Instant.now());
        certificate.issue(Instant.now());
        em.persist(certificate);
        return certificate;
    }

    public void revoke(String code) {
        em.createNamedQuery("Certificate.byCode", Certificate.class)
                .setParameter("code", code)
                .getSingleResult()
                .revoke("A test revokes it.", Instant.now());
    }
}
