package org.attune.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One question of one attempt: exactly as it was presented, the answer saved for it, and its points once graded. */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private QuizAttempt attempt;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "question_key", nullable = false, length = 80, updatable = false)
    private String questionKey;

    // Never changes once the attempt has started: left out of updates, so that grading (which sets the points of
    // every question) does not write each presentation back.
    @Column(nullable = false, length = 200_000, updatable = false)
    private String presented;

    @Column(length = 20_000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(precision = 6, scale = 4)
    private BigDecimal points;

    /** The presentation read from its JSON once per persistence context: grading and the review both need it. */
    @Transient
    private PresentedQuestion shown;

    @Transient
    private Answer given;

    protected AttemptQuestion() {}

    AttemptQuestion(QuizAttempt attempt, int seq, PresentedQuestion question) {
        this.attempt = Objects.requireNonNull(attempt);
        this.seq = seq;
        this.questionKey = question.question().key();
        this.presented = QuizJson.write(question);
        this.shown = question;
    }

    void answer(Answer given, Instant at) {
        answer = QuizJson.write(given);
        answeredAt = at;
        this.given = given;
    }

    void award(BigDecimal earned) {
        points = earned;
    }

    int getSeq() {
        return seq;
    }

    String getQuestionKey() {
        return questionKey;
    }

    PresentedQuestion presented() {
        if (shown == null) {
            shown = QuizJson.read(presented, PresentedQuestion.class);
        }
        return shown;
    }

    Answer answer() {
        if (given == null) {
            var read = QuizJson.read(answer, Answer.class);
            given = read == null ? Answer.NONE : read;
        }
        return given;
    }

    BigDecimal getPoints() {
        return points;
    }
}
