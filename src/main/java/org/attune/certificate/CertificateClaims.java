package org.attune.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;

/**
 * Asks for the signed-in learner's certificate after each step that can complete the course (a lesson, a
 * post-test, the evaluation), so that an auto-issue course issues it the moment the rule is met.
 */
@RequestScoped
public class CertificateClaims {

    private static final Logger LOG = Logger.getLogger(CertificateClaims.class.getName());

    @Inject
    CertificateService certificates;

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    @Inject
    PublicUrl publicUrl;

    /** The learner's current certificate for the course after claiming, if the course is complete. */
    public Optional<Certificate> claim(String courseSlug) {
        var learner = me.id();
        if (learner.isEmpty() || courseSlug == null) {
            return Optional.empty();
        }
        try {
            return certificates.claim(learner.get(), courseSlug, publicUrl.base());
        } catch (RuntimeException race) {
            // Two requests completed the course at once; the other one created the certificate.
            LOG.log(Level.FINE, "Certificate claimed concurrently", race);
            return certificates.current(learner.get(), courseSlug);
        }
    }

    /** Claims for the course the module belongs to, if it belongs to one. */
    public void claimForModule(String moduleSlug) {
        catalog.courseOf(moduleSlug).ifPresent(this::claim);
    }
}
