package org.attune.quiz;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.jpa.HibernateHints;

/**
 * A module's post-test: its settings and its pool of questions. One per module. Questions are matched by id on
 * each import and retired rather than deleted, so attempts always keep the questions they showed.
 */
@Entity
@EntityListeners(PostTestChanges.class)
@Table(name = "quiz")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = "Quiz.ofModule", query = "select q from Quiz q where q.moduleId = :module")
public class Quiz {

    /** The module's post-test, if it has one. */
    static Optional<Quiz> ofModule(EntityManager em, long moduleId) {
        // Cached with its questions (second-level cache, see persistence.xml): read by every dashboard.
        return em
                .createNamedQuery("Quiz.ofModule", Quiz.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .setParameter("module", moduleId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false, unique = true)
    private long moduleId;

    @Column(name = "passing_score", nullable = false)
    private int passingScore;

    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;

    @Column(name = "wait_minutes", nullable = false)
    private int waitMinutes;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(nullable = false)
    private boolean shuffle;

    @Column(name = "draw_count")
    private Integer drawCount;

    @Column(name = "one_at_a_time", nullable = false)
    private boolean oneAtATime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuizSettings.Feedback feedback;

    @OneToMany(mappedBy = "quiz")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @OrderBy("sortOrder")
    private List<QuizQuestion> questions = new ArrayList<>();

    protected Quiz() {}

    Quiz(long moduleId) {
        this.moduleId = moduleId;
    }

    void configure(QuizSettings settings) {
        passingScore = settings.passingScore();
        attemptsAllowed = settings.attemptsAllowed();
        waitMinutes = settings.waitMinutes();
        timeLimitMinutes = settings.timeLimitMinutes();
        shuffle = settings.shuffle();
        drawCount = settings.drawCount();
        oneAtATime = settings.oneAtATime();
        feedback = settings.feedback();
    }

    public QuizSettings settings() {
        return new QuizSettings(
                passingScore, attemptsAllowed, waitMinutes, timeLimitMinutes, shuffle, drawCount, oneAtATime, feedback);
    }

    /** The current pool, as a definition to draw an attempt from. */
    QuizDefinition definition() {
        var pool = questions.stream()
                .filter(q -> !q.isRetired())
                .map(QuizQuestion::definition)
                .toList();
        var settings = settings();
        if (settings.drawCount() != null && settings.drawCount() > pool.size()) {
            settings = new QuizSettings(
                    settings.passingScore(),
                    settings.attemptsAllowed(),
                    settings.waitMinutes(),
                    settings.timeLimitMinutes(),
                    settings.shuffle(),
                    pool.size(),
                    settings.oneAtATime(),
                    settings.feedback());
        }
        return new QuizDefinition(settings, pool);
    }

    /** How many questions an attempt asks. */
    int questionsPerAttempt() {
        int pool = (int) questions.stream().filter(q -> !q.isRetired()).count();
        return drawCount == null ? pool : Math.min(drawCount, pool);
    }

    public Long getId() {
        return id;
    }

    public long getModuleId() {
        return moduleId;
    }

    List<QuizQuestion> getQuestions() {
        return questions;
    }
}
