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
import org.attune.certificate.RecordKeeping;
import org.attune.certificate.RecordRetention;
import org.attune.database.DatabaseClock;
import org.attune.lti.GradeRecords;
import org.attune.progress.ProgressRecords;
import org.attune.quiz.AttemptRecords;
import org.attune.xapi.StatementRecords;

/**
 * Closing an account across every feature, in one transaction once the password is confirmed: courses taught are
 * unassigned, open requests for a corrected reissue are withdrawn, and the account is closed ({@link Closures}): it
 * cannot sign in, every session ends, its email may sign up afresh. What happens to the records depends on whether
 * the person was ever certified; the xAPI statements about the learner (with the opaque name they had in them)
 * are deleted at once either way, since no board audits them, and so are where LTI grades went (the
 * learner's LTI subject at each platform) and the scores not yet posted. Someone who never was has nothing a board audits: their progress, post-test
 * attempts (with accommodations) and course evaluations are deleted at once. Someone who was keeps everything an
 * audit pack reads (name, licences, certificates with their audit trails, progress and reading time, attempts,
 * evaluations) for the retention period of their courses ({@link RecordRetention}: the longest any approving body
 * or licensing board asks, never less than {@code ATTUNE_RECORDS_YEARS}), counted from the closure; then {@link
 * #eraseExpired} deletes all of it. Aggregates computed from what was deleted (question statistics, evaluation
 * summaries) no longer count it.
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
    RecordRetention retention;

    @Inject
    StatementRecords statements;

    @Inject
    GradeRecords grades;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Closes the account when the password is its own; a refusal changes nothing but counts a failed attempt. */
    public void close(long accountId, char[] password, String address) throws AccountRefusal {
        closures.confirm(accountId, password, address);
        var kept = retention.ofAccount(accountId);
        statements.erase(accountId);
        grades.erase(accountId);
        boolean certified = certified(accountId);
        if (!certified) {
            eraseLearning(accountId);
        }
        teaching.assignTeaching(accountId, Set.of());
        certificates.withdrawOpenRequests(accountId);
        closures.close(accountId, kept.years(), certified);
    }

    /**
     * Erases every closed account whose retention period is over (each account's own, from its courses); returns
     * how many. Accounts closed more recently than the floor are not even looked at.
     */
    public int eraseExpired() {
        var now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        int erased = 0;
        for (long accountId :
                closures.closedBefore(now.minus(RecordKeeping.period()).toInstant())) {
            var closedAt = closures.closedAt(accountId).orElseThrow();
            var years = retention.ofAccount(accountId).years();
            if (closedAt.atOffset(ZoneOffset.UTC).plusYears(years).isAfter(now)) {
                continue;
            }
            eraseLearning(accountId);
            certificates.erase(accountId);
            closures.erase(accountId);
            erased++;
        }
        return erased;
    }

    private boolean certified(long accountId) {
        return !retention.certifiedCourses(accountId).isEmpty();
    }

    private void eraseLearning(long accountId) {
        progress.erase(accountId);
        attempts.erase(accountId);
        evaluations.erase(accountId);
    }
}
