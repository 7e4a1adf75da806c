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
    @JoinColumn(name = "attempt_id", nullable = false)
    private QuizAttempt attempt;

    @Column(nullable = false)
    private int seq;

    @Column(name = "question_key", nullable = false, length = 80)
    private String questionKey;

    @Column(nullable = false, length = 200_000)
    private String presented;

    @Column(length = 20_000)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(precision = 6, scale = 4)
    private BigDecimal points;

    protected AttemptQuestion() {}

    AttemptQuestion(QuizAttempt attempt, int seq, PresentedQuestion question) {
        this.attempt = Objects.requireNonNull(attempt);
        this.seq = seq;
        this.questionKey = question.question().key();
        this.presented = QuizJson.write(question);
    }

    void answer(Answer given, Instant at) {
        answer = QuizJson.write(given);
        answeredAt = at;
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
        return QuizJson.read(presented, PresentedQuestion.class);
    }

    Answer answer() {
        var given = QuizJson.read(answer, Answer.class);
        return given == null ? Answer.NONE : given;
    }

    BigDecimal getPoints() {
        return points;
    }
}
