package org.attune.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.attune.account.AccountRefusal;
import org.attune.account.Closures;
import org.attune.catalog.CourseEditing;
import org.attune.catalog.EvaluationRecords;
import org.attune.certificate.CertificateRecords;
import org.attune.database.DatabaseClock;
import org.attune.progress.ProgressRecords;
import org.attune.quiz.AttemptRecords;
import org.attune.xapi.StatementRecords;

/**
 * Closing an account across every feature, in one transaction once the password is confirmed: progress, post-test
 * attempts (with accommodations), course evaluations and the xAPI statements about the learner (with the name they had
 * in them) are deleted, courses taught are unassigned, open requests
 * for a corrected reissue are withdrawn, and the account is closed ({@link Closures}): it cannot sign in, every
 * session ends, its email may sign up afresh. Name, licences and certificates (with their audit trails) stay for
 * {@link RecordKeeping#YEARS} years, then {@link #eraseExpired} deletes them. Aggregates computed from what was
 * deleted (question statistics, evaluation summaries) no longer count it.
 */
@ApplicationScoped
@Transactional
public class AccountClosing {

    @Inject
    Closures closures;

    @Inject
    ProgressRecords progress;

    @Inject
    AttemptRecords attempts;

    @Inject
    EvaluationRecords evaluations;

    @Inject
    CertificateRecords certificates;

    @Inject
    CourseEditing teaching;

    @Inject
    StatementRecords statements;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Closes the account when the password is its own; a refusal changes nothing but counts a failed attempt. */
    public void close(long accountId, char[] password, String address) throws AccountRefusal {
        closures.confirm(accountId, password, address);
        progress.erase(accountId);
        attempts.erase(accountId);
        evaluations.erase(accountId);
        statements.erase(accountId);
        teaching.assignTeaching(accountId, Set.of());
        certificates.withdrawOpenRequests(accountId);
        closures.close(accountId, RecordKeeping.YEARS);
    }

    /** Erases every account closed longer ago than the retention period; returns how many. */
    public int eraseExpired() {
        var cutoff = Instant.now(clock)
                .atOffset(ZoneOffset.UTC)
                .minus(RecordKeeping.period())
                .toInstant();
        var expired = closures.closedBefore(cutoff);
        for (long accountId : expired) {
            certificates.erase(accountId);
            closures.erase(accountId);
        }
        return expired.size();
    }
}
