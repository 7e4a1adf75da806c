package org.attune.quiz;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.attune.content.QuestionDefinition;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** One question of a quiz's pool, its definition (answer key included) kept as JSON. Identified by its key. */
@Entity
@EntityListeners(PostTestChanges.class)
@Table(name = "quiz_question")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class QuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id", nullable = false)
    private Quiz quiz;

    @Column(name = "question_key", nullable = false, length = 80)
    private String key;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200_000)
    private String definition;

    @Column(nullable = false)
    private boolean retired;

    protected QuizQuestion() {}

    QuizQuestion(Quiz quiz, String key) {
        this.quiz = Objects.requireNonNull(quiz);
        this.key = Objects.requireNonNull(key);
    }

    void define(QuestionDefinition question, int position) {
        definition = QuizJson.write(question);
        sortOrder = position;
        retired = false;
    }

    void retire() {
        retired = true;
    }

    QuestionDefinition definition() {
        return QuizJson.read(definition, QuestionDefinition.class);
    }

    String getKey() {
        return key;
    }

    boolean isRetired() {
        return retired;
    }
}
