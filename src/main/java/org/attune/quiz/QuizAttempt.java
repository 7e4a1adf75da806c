package org.attune.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One learner's attempt at a quiz: the questions it drew (as presented), the answers saved so far, and once
 * submitted its score. It is graded exactly once, when it is submitted or when its time runs out, and its score
 * never changes after that, whatever happens to the quiz.
 */
@Entity
@EntityListeners(PostTestChanges.class)
@Table(name = "quiz_attempt")
@NamedQuery(
        name = "QuizAttempt.of",
        query = "select a from QuizAttempt a where a.accountId = :account and a.quizId = :quiz order by a.number")
@NamedQuery(
        name = "QuizAttempt.passedQuizzes",
        query = "select distinct a.quizId from QuizAttempt a where a.accountId = :account and a.passed = true")
@NamedQuery(
        name = "QuizAttempt.openAndTimed",
        query = "select a.id from QuizAttempt a where a.status = :open"
                + " and a.timeLimitMinutes is not null and a.startedAt < :startedBefore")
public class QuizAttempt {

    /** Open while the learner answers; submitted once graded. */
    public enum Status {
        OPEN,
        SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "attempt_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "passing_score", nullable = false)
    private int passingScore;

    @Column(nullable = false)
    private int possible;

    @Column(precision = 8, scale = 4)
    private BigDecimal earned;

    @Column(name = "score_percent")
    private Integer percent;

    private Boolean passed;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "attempt")
    @OrderBy("seq")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected QuizAttempt() {}

    QuizAttempt(Quiz quiz, long accountId, int number, Instant startedAt) {
        Objects.requireNonNull(quiz, "An attempt is at a quiz.");
        this.quizId = quiz.getId();
        this.accountId = accountId;
        this.number = number;
        this.startedAt = Objects.requireNonNull(startedAt);
        this.status = Status.OPEN;
        this.timeLimitMinutes = quiz.settings().timeLimitMinutes();
        this.passingScore = quiz.settings().passingScore();
    }

    void addQuestion(AttemptQuestion question) {
        questions.add(question);
        possible = questions.size();
    }

    /** When answers stop counting: the start plus the time limit stretched by the learner's multiplier. */
    Instant deadline(BigDecimal timeMultiplier) {
        if (timeLimitMinutes == null) {
            return null;
        }
        long seconds = timeMultiplier
                .multiply(BigDecimal.valueOf(timeLimitMinutes * 60L))
                .longValue();
        return startedAt.plus(Duration.ofSeconds(seconds));
    }

    void grade(Grading.Score score, Instant at) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("attempt " + id + " is already graded");
        }
        status = Status.SUBMITTED;
        submittedAt = at;
        earned = score.earned();
        percent = score.percent();
        passed = score.passed();
    }

    public Long getId() {
        return id;
    }

    public long getQuizId() {
        return quizId;
    }

    public long getAccountId() {
        return accountId;
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getPassingScore() {
        return passingScore;
    }

    public int getPossible() {
        return possible;
    }

    public BigDecimal getEarned() {
        return earned;
    }

    public Integer getPercent() {
        return percent;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    List<AttemptQuestion> getQuestions() {
        return questions;
    }
}
