package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.attune.catalog.CatalogService;
import org.attune.content.QuizSettings;
import org.attune.database.DatabaseClock;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ModuleStanding;
import org.attune.progress.ProgressService;

/**
 * What a learner does with a module's post-test: start or resume an attempt, answer, submit, see the result. Every
 * call that names an attempt checks that it belongs to the caller; an attempt that is not theirs is "not found", as
 * one that does not exist. Answers are saved as they are given and refused once the time limit (plus
 * {@link #GRACE}) has passed; an attempt past its limit is graded with what was saved; submitting twice grades
 * once. Grading a pass records it as a fact of the learner's progress, in the grading transaction.
 */
@ApplicationScoped
@Transactional
public class AttemptService {

    /** Answers that arrive this long after the deadline still count: the network is not instantaneous. */
    static final Duration GRACE = Duration.ofSeconds(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    PostTestLetters letters;

    @Inject
    PostTestCache postTests;

    @Inject
    PostTestReading reading;

    /** Heard within the transaction by what reports a learner's attempts (statements to an LRS). */
    @Inject
    Event<AttemptStarted> started;

    @Inject
    Event<AttemptGraded> graded;

    /** This service through its proxy, for a transaction of its own. */
    @Inject
    AttemptService self;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Where the learner stands with the module's post-test; empty for a module without one. */
    public Optional<QuizOverview> overview(long accountId, String moduleSlug) {
        return progress.standing(accountId).module(moduleSlug).flatMap(standing -> overview(accountId, standing));
    }

    /**
     * The same, for a page that has read the learner's standing in the module already: from the post-test cache, with
     * no transaction while nothing is due. An attempt whose time has run out is graded first (in a transaction of
     * its own), and the overview read again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<QuizOverview> overview(long accountId, ModuleStanding standing) {
        var postTest = catalog.module(standing.slug()).flatMap(m -> postTests.ofModule(m.id()));
        if (postTest.isEmpty()) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        var learner = postTests.learner(accountId);
        if (learner.of(postTest.get().id()).stream().anyMatch(a -> a.expiredAt(now))) {
            self.closeIfExpired(accountId, postTest.get().id());
            learner = postTests.learner(accountId);
        }
        long id = postTest.get().id();
        return Optional.of(
                QuizOverview.of(postTest.get(), learner.of(id), learner.allowance(id), standing.lessons(), now));
    }

    /** Grades the learner's attempts on the post-test whose time (with grace) has run out. */
    public void closeIfExpired(long accountId, long quizId) {
        closeIfExpired(accountId, em.find(Quiz.class, quizId));
    }

    /** Resumes the learner's open attempt, or starts a new one when the rules allow it. */
    public AttemptView startOrResume(long accountId, String moduleSlug) throws QuizRefusal {
        return startOrResume(accountId, moduleSlug, UnaryOperator.identity());
    }

    /**
     * The same, with each question's text as {@code wording} gives it (a translation's; {@link QuizView}): ids,
     * order and answer key stay the attempt's, so what is saved and graded does not depend on it.
     */
    AttemptView startOrResume(long accountId, String moduleSlug, UnaryOperator<PresentedQuestion> wording)
            throws QuizRefusal {
        var standing = progress.standing(accountId)
                .module(moduleSlug)
                .orElseThrow(() -> new QuizRefusal("quiz.refusal.noSuchModule"));
        var quiz = quizOf(moduleSlug).orElseThrow(() -> new QuizRefusal("quiz.refusal.noPostTest"));
        closeIfExpired(accountId, quiz);
        var overview = overview(accountId, quiz, standing.lessons());
        if (overview.openAttemptId() != null) {
            return attempt(accountId, overview.openAttemptId(), wording);
        }
        if (!overview.canStart()) {
            throw new QuizRefusal(overview.whyNot().key(), overview.whyNot().args());
        }
        var attempt = new QuizAttempt(quiz, accountId, overview.history().size() + 1, Instant.now(clock));
        em.persist(attempt);
        started.fire(new AttemptStarted(
                attempt.getId(), accountId, moduleSlug, attempt.getNumber(), attempt.getStartedAt()));
        int seq = 0;
        for (var presented : Presentation.present(quiz.definition(), random)) {
            var question = new AttemptQuestion(attempt, ++seq, presented);
            attempt.addQuestion(question);
            em.persist(question);
        }
        return view(attempt, quiz, wording);
    }

    /** The learner's attempt as the quiz page shows it; an expired one is graded first. */
    public AttemptView attempt(long accountId, long attemptId) throws QuizRefusal {
        return attempt(accountId, attemptId, UnaryOperator.identity());
    }

    AttemptView attempt(long accountId, long attemptId, UnaryOperator<PresentedQuestion> wording) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.NONE);
        var quiz = em.find(Quiz.class, attempt.getQuizId());
        if (attempt.isOpen() && expired(attempt)) {
            gradeNow(lock(attempt));
        }
        return view(attempt, quiz, wording);
    }

    /** Saves one answer, replacing any earlier one for the same question. */
    public void saveAnswer(long accountId, long attemptId, int seq, Answer answer) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.isOpen()) {
            throw new QuizRefusal("quiz.refusal.submitted");
        }
        if (expired(attempt)) {
            gradeNow(attempt);
            throw new QuizRefusal("quiz.refusal.timeUp");
        }
        var question = attempt.getQuestions().stream()
                .filter(q -> q.getSeq() == seq)
                .findFirst()
                .orElseThrow(() -> new QuizRefusal("quiz.refusal.notInAttempt"));
        question.answer(answer, Instant.now(clock));
    }

    /** Submits and grades the attempt; submitting it again returns the same result and grades nothing. */
    public AttemptResult submit(long accountId, long attemptId) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.isOpen()) {
            gradeNow(attempt);
        }
        return result(attempt);
    }

    /**
     * What the quiz page shows when the learner presses Submit: the attempt submitted and graded as by
     * {@link #submit} and, read in the same transaction, where they now stand with the post-test. The attempt's
     * row lock makes a second press (or another node's) wait for this one and then find it graded.
     */
    public Finished finish(long accountId, long attemptId) throws QuizRefusal {
        return finish(accountId, attemptId, UnaryOperator.identity());
    }

    /** The same, with the review's question text as {@code wording} gives it (a translation's). */
    Finished finish(long accountId, long attemptId, UnaryOperator<PresentedQuestion> wording) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.isOpen()) {
            gradeNow(attempt);
        }
        var quiz = em.find(Quiz.class, attempt.getQuizId());
        var attempts = attemptsOf(accountId, quiz);
        var overview = catalog.slugOf(quiz.getModuleId())
                .flatMap(slug -> progress.standing(accountId).module(slug))
                .map(standing -> overview(accountId, quiz, standing.lessons()))
                .orElse(null);
        return new Finished(result(attempt, quiz, attempts, wording), overview);
    }

    /**
     * A submitted attempt's result and the learner's overview of the post-test after it.
     *
     * @param overview null when the module is no longer published
     */
    public record Finished(AttemptResult result, QuizOverview overview) implements Serializable {}

    public AttemptResult result(long accountId, long attemptId) throws QuizRefusal {
        return result(accountId, attemptId, UnaryOperator.identity());
    }

    AttemptResult result(long accountId, long attemptId, UnaryOperator<PresentedQuestion> wording) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.NONE);
        if (attempt.isOpen()) {
            if (!expired(attempt)) {
                throw new QuizRefusal("quiz.refusal.notSubmitted");
            }
            gradeNow(lock(attempt));
        }
        return result(attempt, wording);
    }

    /** Grades every timed attempt whose time (with grace) has run out; returns how many. */
    public int closeExpiredAttempts() {
        var candidates = em.createNamedQuery("QuizAttempt.openAndTimed", Long.class)
                .setParameter("open", QuizAttempt.Status.OPEN)
                .setParameter("startedBefore", Instant.now(clock).minus(Duration.ofMinutes(1)))
                .getResultList();
        int closed = 0;
        for (var id : candidates) {
            var attempt = em.find(QuizAttempt.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (attempt.isOpen() && expired(attempt)) {
                gradeNow(attempt);
                closed++;
            }
        }
        return closed;
    }

    /** The overview as the database has it now, within this transaction (its own changes included). */
    private QuizOverview overview(long accountId, Quiz quiz, ModuleProgress lessons) {
        var learner = reading.learner(accountId);
        return QuizOverview.of(
                PostTestRecords.PostTest.of(quiz),
                learner.of(quiz.getId()),
                learner.allowance(quiz.getId()),
                lessons,
                Instant.now(clock));
    }

    private void gradeNow(QuizAttempt attempt) {
        var presented = new ArrayList<PresentedQuestion>();
        var answers = new ArrayList<Answer>();
        for (var question : attempt.getQuestions()) {
            var shown = question.presented();
            var answer = question.answer();
            presented.add(shown);
            answers.add(answer);
            question.award(Grading.points(shown, answer));
        }
        attempt.grade(Grading.score(presented, answers, attempt.getPassingScore()), Instant.now(clock));
        var module = catalog.slugOf(em.find(Quiz.class, attempt.getQuizId()).getModuleId())
                .orElseThrow();
        if (attempt.isPassed() && progress.recordPostTestPass(attempt.getAccountId(), module)) {
            letters.announce(attempt);
        }
        graded.fire(new AttemptGraded(
                attempt.getId(),
                attempt.getAccountId(),
                module,
                attempt.getNumber(),
                attempt.getEarned(),
                attempt.getPossible(),
                attempt.getPercent(),
                attempt.getPassingScore(),
                attempt.isPassed(),
                attempt.getSubmittedAt()));
    }

    private boolean expired(QuizAttempt attempt) {
        var deadline = deadline(attempt);
        return deadline != null && Instant.now(clock).isAfter(deadline.plus(GRACE));
    }

    private Instant deadline(QuizAttempt attempt) {
        return attempt.deadline(multiplier(accommodationOf(attempt.getQuizId(), attempt.getAccountId())));
    }

    private void closeIfExpired(long accountId, Quiz quiz) {
        for (var attempt : attemptsOf(accountId, quiz)) {
            if (attempt.isOpen() && expired(attempt)) {
                gradeNow(lock(attempt));
            }
        }
    }

    private AttemptView view(QuizAttempt attempt, Quiz quiz, UnaryOperator<PresentedQuestion> wording) {
        var shown = attempt.getQuestions().stream()
                .map(q -> AttemptView.ShownQuestion.of(
                        q.getSeq(), wording.apply(q.presented()), attempt.isOpen() ? q.answer() : Answer.NONE))
                .toList();
        return new AttemptView(
                attempt.getId(),
                attempt.getNumber(),
                shown,
                deadline(attempt),
                quiz.settings().oneAtATime(),
                attempt.isOpen());
    }

    private AttemptResult result(QuizAttempt attempt) {
        return result(attempt, UnaryOperator.identity());
    }

    private AttemptResult result(QuizAttempt attempt, UnaryOperator<PresentedQuestion> wording) {
        var quiz = em.find(Quiz.class, attempt.getQuizId());
        return result(attempt, quiz, attemptsOf(attempt.getAccountId(), quiz), wording);
    }

    private static AttemptResult result(
            QuizAttempt attempt, Quiz quiz, List<QuizAttempt> attempts, UnaryOperator<PresentedQuestion> wording) {
        var feedback = quiz.settings().feedback();
        boolean passedAny = feedback == QuizSettings.Feedback.WRONG_THEN_FULL
                && attempts.stream().anyMatch(QuizAttempt::isPassed);
        return Reviews.result(attempt, feedback, passedAny, wording);
    }

    private QuizAttempt owned(long accountId, long attemptId, LockModeType lock) throws QuizRefusal {
        var attempt = em.find(QuizAttempt.class, attemptId, lock);
        if (attempt == null || attempt.getAccountId() != accountId) {
            throw new QuizRefusal("quiz.refusal.noSuchAttempt");
        }
        return attempt;
    }

    private QuizAttempt lock(QuizAttempt attempt) {
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        return attempt;
    }

    private List<QuizAttempt> attemptsOf(long accountId, Quiz quiz) {
        return em.createNamedQuery("QuizAttempt.of", QuizAttempt.class)
                .setParameter("account", accountId)
                .setParameter("quiz", quiz.getId())
                .getResultList();
    }

    private Optional<Quiz> quizOf(String moduleSlug) {
        return catalog.module(moduleSlug).flatMap(m -> Quiz.ofModule(em, m.id()));
    }

    private Optional<Accommodation> accommodationOf(long quizId, long accountId) {
        return em.createNamedQuery("Accommodation.of", Accommodation.class)
                .setParameter("quiz", quizId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    private static BigDecimal multiplier(Optional<Accommodation> accommodation) {
        return accommodation.map(Accommodation::getTimeMultiplier).orElse(BigDecimal.ONE);
    }
}
