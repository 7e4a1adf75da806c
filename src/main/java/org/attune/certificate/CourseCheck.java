package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.account.EmailVerification;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEvaluation;
import org.attune.catalog.CourseSummary;
import org.attune.database.Consequence;
import org.attune.database.Payload;
import org.attune.progress.ModuleCompletion;
import org.attune.web.PublicUrl;

/**
 * What follows a completed module, a submitted evaluation or a confirmed email address: the learner's claim to the course's certificate, which
 * creates it (issued, or pending approval) when the course is now complete and does nothing otherwise or when run
 * again. My certificates checks every course the same way on each visit, for what no fact triggers (reading time
 * reaching its requirement) and for a fact whose consequence has not run yet.
 */
@ApplicationScoped
public class CourseCheck implements Consequence {

    private static final Logger LOG = Logger.getLogger(CourseCheck.class.getName());

    @Inject
    CertificateService certificates;

    @Inject
    CatalogService catalog;

    @Inject
    PublicUrl publicUrl;

    @Override
    public Set<String> topics() {
        return Set.of(ModuleCompletion.COMPLETED, CourseEvaluation.SUBMITTED, EmailVerification.VERIFIED);
    }

    @Override
    @Transactional
    public void follow(Payload payload) {
        long account = payload.number("account");
        if (payload.optional("module").isEmpty() && payload.optional("course").isEmpty()) {
            // A confirmed address names neither: every course the learner has completed may now be certified.
            catalog.courses().stream()
                    .map(CourseSummary::slug)
                    .filter(Objects::nonNull)
                    .forEach(course -> certificates.claim(account, course, publicUrl.base()));
            return;
        }
        // An evaluation names its course; a module completion, the module, whose course (if any) is the catalog's.
        payload.optional("course")
                .or(() -> catalog.courseOf(payload.text("module")))
                .ifPresent(course -> certificates.claim(account, course, publicUrl.base()));
    }

    /** Claims the learner's certificate of every course that is complete, each claim in a transaction of its own. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void reconcile(long accountId) {
        catalog.courses().stream()
                .map(CourseSummary::slug)
                .filter(Objects::nonNull)
                .forEach(slug -> {
                    try {
                        certificates.claimAlone(accountId, slug, publicUrl.base());
                    } catch (RuntimeException raced) {
                        // Another request completed the course at the same moment and created the certificate.
                        LOG.log(Level.FINE, "Certificate claimed concurrently", raced);
                    }
                });
    }
}
