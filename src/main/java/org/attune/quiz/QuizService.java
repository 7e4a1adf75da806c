package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleOutline;
import org.attune.content.QuizSettings;
import org.attune.database.DatabaseClock;
import org.attune.progress.ProgressRules;
import org.attune.progress.ProgressService;

/**
 * The post-test boundary: everything a learner does with a module's quiz. Every call that names
 * an attempt checks that it belongs to the caller; an attempt that is not theirs is "not found", as one that does
 * not exist. Answers are saved as they are given and refused once the time limit (plus {@link #GRACE}) has passed;
 * an attempt past its limit is graded with what was saved; submitting twice grades once.
 */
@ApplicationScoped
@Transactional
public class QuizService {

    /** Answers that arrive this long after the deadline still count: the network is not instantaneous. */
    static final Duration GRACE = Duration.ofSeconds(15);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC' 'on' d MMM");

    @Inject
    jakarta.enterprise.event.Event<PostTestPassed> passedEvents;

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = DatabaseClock.UTC_MICROS;

    public boolean hasQuiz(String moduleSlug) {
        return catalog.module(moduleSlug).flatMap(m -> quizOf(m.id())).isPresent();
    }

    /** The module slugs whose post-test the learner has passed. */
    public Set<Long> passedModuleIds(long accountId) {
        var quizIds = new HashSet<>(em.createNamedQuery("QuizAttempt.passedQuizzes", Long.class)
                .setParameter("account", accountId)
                .getResultList());
        if (quizIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select q.moduleId from Quiz q where q.id in :ids", Long.class)
                .setParameter("ids", quizIds)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** The ids of modules that have a post-test. */
    public Set<Long> modulesWithQuiz() {
        return em.createQuery("select q.moduleId from Quiz q", Long.class)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    public Optional<QuizOverview> overview(long accountId, String moduleSlug) {
        var module = catalog.module(moduleSlug);
        var quiz = module.flatMap(m -> quizOf(m.id()));
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        closeIfExpired(accountId, quiz.get());
        return Optional.of(overview(accountId, module.get(), quiz.get()));
    }

    /** Resumes the learner's open attempt, or starts a new one when the rules allow it. */
    public AttemptView startOrResume(long accountId, String moduleSlug) throws QuizRefusal {
        var module = catalog.module(moduleSlug).orElseThrow(() -> new QuizRefusal("There is no such module."));
        var quiz = quizOf(module.id()).orElseThrow(() -> new QuizRefusal("This module has no post-test."));
        closeIfExpired(accountId, quiz);
        var overview = overview(accountId, module, quiz);
        if (overview.openAttemptId() != null) {
            return attempt(accountId, overview.openAttemptId());
        }
        if (!overview.canStart()) {
            throw new QuizRefusal(overview.refusal());
        }
        var attempt = new QuizAttempt(quiz, accountId, overview.history().size() + 1, Instant.now(clock));
        em.persist(attempt);
        int seq = 0;
        for (var presented : Presentation.present(quiz.definition(), random)) {
            var question = new AttemptQuestion(attempt, ++seq, presented);
            attempt.addQuestion(question);
            em.persist(question);
        }
        return view(attempt, quiz);
    }

    /** The learner's attempt as the quiz page shows it; an expired one is graded first. */
    public AttemptView attempt(long accountId, long attemptId) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.NONE);
        var quiz = em.find(Quiz.class, attempt.getQuizId());
        if (attempt.isOpen() && expired(attempt)) {
            gradeNow(lock(attempt));
        }
        return view(attempt, quiz);
    }

    /** Saves one answer, replacing any earlier one for the same question. */
    public void saveAnswer(long accountId, long attemptId, int seq, Answer answer) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.isOpen()) {
            throw new QuizRefusal("This attempt has been submitted; answers can no longer change.");
        }
        if (expired(attempt)) {
            gradeNow(attempt);
            throw new QuizRefusal("Time is up: the attempt was submitted with the answers saved before the limit.");
        }
        var question = attempt.getQuestions().stream()
                .filter(q -> q.getSeq() == seq)
                .findFirst()
                .orElseThrow(() -> new QuizRefusal("That question is not part of this attempt."));
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

    public AttemptResult result(long accountId, long attemptId) throws QuizRefusal {
        var attempt = owned(accountId, attemptId, LockModeType.NONE);
        if (attempt.isOpen()) {
            if (!expired(attempt)) {
                throw new QuizRefusal("This attempt has not been submitted yet.");
            }
            gradeNow(lock(attempt));
        }
        return result(attempt);
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

    private QuizOverview overview(long accountId, ModuleOutline module, Quiz quiz) {
        var attempts = attemptsOf(accountId, quiz);
        var accommodation = accommodationOf(quiz.getId(), accountId);
        var settings = quiz.settings();
        Integer allowed = settings.attemptsAllowed() == null
                ? null
                : settings.attemptsAllowed()
                        + accommodation.map(Accommodation::getExtraAttempts).orElse(0);
        var submitted = attempts.stream().filter(a -> !a.isOpen()).toList();
        var open = attempts.stream().filter(QuizAttempt::isOpen).findFirst();
        boolean passed = submitted.stream().anyMatch(QuizAttempt::isPassed);
        var timeLimit = settings.timeLimitMinutes() == null
                ? null
                : multiplier(accommodation)
                        .multiply(BigDecimal.valueOf(settings.timeLimitMinutes()))
                        .intValue();
        return new QuizOverview(
                quiz.questionsPerAttempt(),
                settings.passingScore(),
                allowed,
                attempts.size(),
                timeLimit,
                passed,
                open.map(QuizAttempt::getId).orElse(null),
                refusal(accountId, module, settings, submitted, allowed, passed),
                submitted.stream()
                        .map(a -> new QuizOverview.Past(
                                a.getId(), a.getNumber(), a.getSubmittedAt(), a.getPercent(), a.isPassed()))
                        .toList());
    }

    private String refusal(
            long accountId,
            ModuleOutline module,
            QuizSettings settings,
            List<QuizAttempt> submitted,
            Integer allowed,
            boolean passed) {
        var lessons = ProgressRules.progress(module.lessonIds(), progress.completedLessons(accountId));
        if (!lessons.lessonsComplete()) {
            int left = lessons.total() - lessons.completed();
            return "Complete the remaining " + left + (left == 1 ? " lesson" : " lessons")
                    + " to unlock the post-test.";
        }
        if (passed) {
            return "You have passed this post-test.";
        }
        if (allowed != null && submitted.size() >= allowed) {
            return "You have used all " + allowed + " attempts at this post-test. Ask your instructor for another:"
                    + " they can grant one, and you can start it at once.";
        }
        if (!submitted.isEmpty() && settings.waitMinutes() > 0) {
            var next = submitted
                    .get(submitted.size() - 1)
                    .getSubmittedAt()
                    .plus(Duration.ofMinutes(settings.waitMinutes()));
            if (Instant.now(clock).isBefore(next)) {
                return "You can start your next attempt at " + TIME.format(next.atZone(ZoneId.of("UTC"))) + ", "
                        + settings.waitMinutes() + " minutes after your last one.";
            }
        }
        return null;
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
        if (attempt.isPassed()) {
            var quiz = em.find(Quiz.class, attempt.getQuizId());
            passedEvents.fire(new PostTestPassed(attempt.getAccountId(), quiz.getModuleId()));
        }
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

    private AttemptView view(QuizAttempt attempt, Quiz quiz) {
        var shown = attempt.getQuestions().stream()
                .map(q -> AttemptView.ShownQuestion.of(
                        q.getSeq(), q.presented(), attempt.isOpen() ? q.answer() : Answer.NONE))
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
        var quiz = em.find(Quiz.class, attempt.getQuizId());
        var feedback = quiz.settings().feedback();
        boolean key = switch (feedback) {
            case SCORE, WRONG -> false;
            case WRONG_THEN_FULL ->
                attemptsOf(attempt.getAccountId(), quiz).stream().anyMatch(QuizAttempt::isPassed);
            case FULL -> true;
        };
        var detail = key
                ? Reviews.Detail.KEY
                : feedback == QuizSettings.Feedback.WRONG_THEN_FULL ? Reviews.Detail.LESSONS : Reviews.Detail.MARKS;
        var review = new ArrayList<AttemptResult.Review>();
        if (feedback != QuizSettings.Feedback.SCORE) {
            for (var question : attempt.getQuestions()) {
                review.add(Reviews.of(
                        question.getSeq(), question.presented(), question.answer(), question.getPoints(), detail));
            }
        }
        return new AttemptResult(
                attempt.getId(),
                attempt.getNumber(),
                attempt.getSubmittedAt(),
                attempt.getPercent(),
                attempt.isPassed(),
                attempt.getPassingScore(),
                feedback,
                detail == Reviews.Detail.LESSONS,
                review);
    }

    private QuizAttempt owned(long accountId, long attemptId, LockModeType lock) throws QuizRefusal {
        var attempt = em.find(QuizAttempt.class, attemptId, lock);
        if (attempt == null || attempt.getAccountId() != accountId) {
            throw new QuizRefusal("There is no such attempt.");
        }
        return attempt;
    }

    private QuizAttempt lock(QuizAttempt attempt) {
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        return attempt;
    }

    /**
     * How the module's post-test fares: submitted attempts, learners who attempted and who passed, and each
     * question's figures. Empty for a module without a post-test.
     */
    public Optional<QuizStatistics> statistics(String moduleSlug) {
        var quiz = catalog.module(moduleSlug).flatMap(m -> quizOf(m.id()));
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        var counts = em.createQuery(
                        "select count(a), count(distinct a.accountId) from QuizAttempt a"
                                + " where a.quizId = :quiz and a.status = :submitted",
                        Object[].class)
                .setParameter("quiz", quiz.get().getId())
                .setParameter("submitted", QuizAttempt.Status.SUBMITTED)
                .getSingleResult();
        long passed = em.createQuery(
                        "select count(distinct a.accountId) from QuizAttempt a where a.quizId = :quiz and a.passed = true",
                        Long.class)
                .setParameter("quiz", quiz.get().getId())
                .getSingleResult();
        try (var rows = em.createQuery(
                        "select q from AttemptQuestion q"
                                + " where q.attempt.quizId = :quiz and q.attempt.status = :submitted",
                        AttemptQuestion.class)
                .setParameter("quiz", quiz.get().getId())
                .setParameter("submitted", QuizAttempt.Status.SUBMITTED)
                .setHint("org.hibernate.fetchSize", 500)
                .getResultStream()) {
            var graded = rows.map(q -> new QuestionStatistics.Graded(q.presented(), q.answer(), q.getPoints()))
                    .toList();
            return Optional.of(new QuizStatistics(
                    ((Number) counts[0]).intValue(),
                    ((Number) counts[1]).intValue(),
                    (int) passed,
                    QuestionStatistics.of(quiz.get().definition().questions(), graded)));
        }
    }

    private List<QuizAttempt> attemptsOf(long accountId, Quiz quiz) {
        return em.createNamedQuery("QuizAttempt.of", QuizAttempt.class)
                .setParameter("account", accountId)
                .setParameter("quiz", quiz.getId())
                .getResultList();
    }

    private Optional<Quiz> quizOf(long moduleId) {
        // Cached with the quiz and its questions (second-level cache, see persistence.xml): read by every dashboard.
        return em
                .createNamedQuery("Quiz.ofModule", Quiz.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_CACHEABLE, true)
                .setParameter("module", moduleId)
                .getResultList()
                .stream()
                .findFirst();
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
