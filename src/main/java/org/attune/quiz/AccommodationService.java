package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.account.Account;
import org.attune.account.AccountService;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleSummary;
import org.attune.database.DatabaseClock;
import org.hibernate.jpa.HibernateHints;

/**
 * Accommodations: extra time or extra attempts on one module's post-test for one learner. An admin grants and sees
 * them for every course; an instructor only for the courses they teach, and nobody grants one to themselves. Who
 * grants is the account as it is now (its roles read from the account, not from a session), and is recorded with
 * the grant, which replaces an earlier one for the same post-test and takes effect at once.
 */
@ApplicationScoped
@Transactional(rollbackOn = QuizRefusal.class)
public class AccommodationService {

    /** A grant as the accommodations page lists it. */
    public record Granted(
            String learnerEmail,
            String moduleTitle,
            BigDecimal multiplier,
            int extraAttempts,
            String grantedBy,
            Instant grantedAt) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The published modules with a post-test that the person may grant accommodations for. */
    public List<ModuleSummary> modulesFor(String grantorEmail) {
        var grantor = grantor(grantorEmail);
        if (grantor.isEmpty()) {
            return List.of();
        }
        var courses = courses(grantor.get());
        return catalog.publishedModules().stream()
                .filter(m -> mayGrant(grantor.get(), courses, m.slug()))
                .filter(m -> quizOf(m.slug()).isPresent())
                .toList();
    }

    /** Grants the learner extra time and/or attempts on the module's post-test, replacing an earlier grant. */
    public void grant(String grantorEmail, long learnerId, String moduleSlug, BigDecimal multiplier, int extra)
            throws QuizRefusal {
        var grantor = grantor(grantorEmail).orElseThrow(() -> new QuizRefusal("quiz.refusal.grantorOnly"));
        if (grantor.getId() == learnerId) {
            throw new QuizRefusal("quiz.refusal.notYourself");
        }
        if (catalog.module(moduleSlug).isEmpty()) {
            throw new QuizRefusal("quiz.refusal.noSuchModule");
        }
        if (!mayGrant(grantor, courses(grantor), moduleSlug)) {
            throw new QuizRefusal("quiz.refusal.notYourCourse");
        }
        var quiz = quizOf(moduleSlug).orElseThrow(() -> new QuizRefusal("quiz.refusal.noPostTest"));
        var existing = em.createNamedQuery("Accommodation.of", Accommodation.class)
                .setParameter("quiz", quiz.getId())
                .setParameter("account", learnerId)
                .getResultStream()
                .findFirst();
        var accommodation = existing.orElseGet(() -> new Accommodation(quiz.getId(), learnerId));
        if (!Accommodation.allowedMultiplier(multiplier)) {
            throw new QuizRefusal("quiz.refusal.multiplierRange");
        }
        if (!Accommodation.allowedExtra(extra)) {
            throw new QuizRefusal("quiz.refusal.extraRange");
        }
        accommodation.grant(multiplier, extra, grantor.getEmail(), Instant.now(clock));
        if (existing.isEmpty()) {
            em.persist(accommodation);
        }
    }

    /** The grants the person may see, newest first: all for an admin, their courses' for an instructor. */
    public List<Granted> grantedFor(String viewerEmail) {
        var viewer = grantor(viewerEmail);
        if (viewer.isEmpty()) {
            return List.of();
        }
        var courses = courses(viewer.get());
        var slugs = catalog.moduleIds().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        var titles = catalog.publishedModules().stream()
                .collect(Collectors.toMap(ModuleSummary::slug, ModuleSummary::title));
        var moduleOfQuiz = em.createQuery("select q from Quiz q", Quiz.class)
                .getResultStream()
                .collect(Collectors.toMap(Quiz::getId, Quiz::getModuleId));
        var visible = em.createNamedQuery("Accommodation.all", Accommodation.class)
                .getResultStream()
                .filter(a -> {
                    var slug = slugs.get(moduleOfQuiz.get(a.getQuizId()));
                    return viewer.get().getRoles().contains(Role.admin)
                            || (slug != null && mayGrant(viewer.get(), courses, slug));
                })
                .toList();
        var emails = accounts.emailsOf(
                visible.stream().map(Accommodation::getAccountId).distinct().toList());
        return visible.stream()
                .map(a -> new Granted(
                        emails.getOrDefault(a.getAccountId(), "?"),
                        titles.getOrDefault(slugs.get(moduleOfQuiz.get(a.getQuizId())), "?"),
                        a.getTimeMultiplier(),
                        a.getExtraAttempts(),
                        a.getGrantedBy(),
                        a.getGrantedAt()))
                .toList();
    }

    /** The signed-in person as an active instructor or admin, if they are one. */
    private Optional<Account> grantor(String email) {
        return accounts.findByEmail(email)
                .filter(Account::isActive)
                .filter(a -> a.getRoles().contains(Role.admin) || a.getRoles().contains(Role.instructor));
    }

    private Set<String> courses(Account grantor) {
        return grantor.getRoles().contains(Role.admin) ? Set.of() : catalog.coursesTaughtBy(grantor.getId());
    }

    private boolean mayGrant(Account grantor, Set<String> taught, String moduleSlug) {
        if (grantor.getRoles().contains(Role.admin)) {
            return true;
        }
        return catalog.courseOf(moduleSlug).filter(taught::contains).isPresent();
    }

    private Optional<Quiz> quizOf(String moduleSlug) {
        return catalog.module(moduleSlug)
                .flatMap(m -> em
                        .createNamedQuery("Quiz.ofModule", Quiz.class)
                        .setHint(HibernateHints.HINT_CACHEABLE, true)
                        .setParameter("module", m.id())
                        .getResultList()
                        .stream()
                        .findFirst());
    }
}
