package org.attune.quiz;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleOutline;
import org.attune.content.ModuleTranslation;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The post-test page ({@code /quiz/{module}}, and {@code /quiz/{module}/{attempt}} to review a submitted attempt):
 * start or resume, answer (each answer saved as it is given), submit, and see the result.
 */
@Named
@ViewScoped
public class QuizView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttemptService attempts;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentAccount me;

    @Inject
    @Param(pathIndex = 0)
    String moduleSlug;

    @Inject
    @Param(pathIndex = 1)
    String attemptParam;

    private ModuleOutline module;
    private QuizOverview overview;
    private AttemptView attempt;
    private List<AnswerForm> forms = List.of();
    private AttemptResult result;
    private int current;
    private ModuleTranslation translation;
    private boolean notTranslated;
    private String moduleLanguage;

    // Not @Transactional like the request-scoped pages: an interceptor travels with a view-scoped bean in the session,
    // and Narayana's cannot be restored on another node (ClusterSessionsTest).
    public void load() throws IOException {
        module = moduleSlug == null ? null : catalog.module(moduleSlug).orElse(null);
        overview =
                module == null ? null : attempts.overview(learner(), moduleSlug).orElse(null);
        if (overview == null) {
            Faces.responseSendError(404, "There is no post-test at this address.");
            return;
        }
        var language = Texts.current().getLanguage();
        moduleLanguage = catalog.language(moduleSlug);
        if (!language.equals(moduleLanguage)) {
            translation = catalog.translation(moduleSlug, language)
                    .filter(t -> !t.questions().isEmpty())
                    .orElse(null);
            notTranslated = translation == null;
        }
        try {
            if (attemptParam != null) {
                result = attempts.result(learner(), Long.parseLong(attemptParam), this::inPageLanguage);
            } else if (overview.openAttemptId() != null) {
                show(attempts.attempt(learner(), overview.openAttemptId(), this::inPageLanguage));
            }
        } catch (QuizRefusal | NumberFormatException e) {
            Faces.responseSendError(404, "There is no such attempt.");
        }
    }

    public void start() {
        try {
            show(attempts.startOrResume(learner(), moduleSlug, this::inPageLanguage));
        } catch (QuizRefusal refusal) {
            Messages.addGlobalError(Texts.text(Texts.current(), refusal));
        }
    }

    public void save(int seq) {
        try {
            attempts.saveAnswer(
                    learner(), attempt.attemptId(), seq, forms.get(seq - 1).toAnswer());
        } catch (QuizRefusal refusal) {
            Messages.addGlobalWarn(Texts.text(Texts.current(), refusal));
            finish();
        }
    }

    /** A Move up ({@code by} -1) or Move down (+1) button of an ordering question: moves the step and saves. */
    public void move(int seq, int index, int by) {
        forms.get(seq - 1).move(index, by);
        save(seq);
    }

    public void next() {
        current = Math.min(current + 1, forms.size() - 1);
    }

    public void previous() {
        current = Math.max(current - 1, 0);
    }

    public void goTo(int index) {
        current = Math.max(0, Math.min(index, forms.size() - 1));
    }

    public void submit() {
        finish();
    }

    /** The countdown reached zero in the browser: submit what was saved. */
    public void timeUp() {
        Messages.addGlobalWarn(Texts.text("quiz.timeUpSubmitted"));
        finish();
    }

    private void finish() {
        try {
            var finished = attempts.finish(learner(), attempt.attemptId(), this::inPageLanguage);
            result = finished.result();
            if (finished.overview() != null) {
                overview = finished.overview();
            }
        } catch (QuizRefusal refusal) {
            Messages.addGlobalError(Texts.text(Texts.current(), refusal));
            overview = attempts.overview(learner(), moduleSlug).orElse(overview);
        }
        attempt = null;
        forms = List.of();
    }

    private void show(AttemptView view) {
        attempt = view;
        forms = view.questions().stream().map(AnswerForm::new).toList();
        current = 0;
        for (int i = 0; i < forms.size(); i++) {
            if (!forms.get(i).isAnswered()) {
                current = i;
                break;
            }
        }
    }

    /** The question with the translation's text, when the page reads a translation that has it. */
    private PresentedQuestion inPageLanguage(PresentedQuestion shown) {
        if (translation == null) {
            return shown;
        }
        return translation
                .question(shown.question().key())
                .map(text -> ShownInLanguage.of(
                        shown, text, Texts.text("quiz.trueFalse.true"), Texts.text("quiz.trueFalse.false")))
                .orElse(shown);
    }

    /** Whether the page shows the post-test in its original language, for want of a translation into the page's. */
    public boolean isNotTranslated() {
        return notTranslated;
    }

    /** The {@code lang} of the questions when they are shown untranslated, in the module's language; else null. */
    public String getContentLang() {
        return notTranslated ? moduleLanguage : null;
    }

    /** The page's language again inside untranslated questions (their numbering is the page's text); else null. */
    public String getPageLangOverride() {
        return notTranslated ? Texts.current().getLanguage() : null;
    }

    private long learner() {
        return me.id().orElseThrow(() -> new IllegalStateException("The quiz is for signed-in learners only"));
    }

    /** The questions on screen now: the current one, or all of them. */
    public List<AnswerForm> getVisibleForms() {
        if (attempt == null) {
            return List.of();
        }
        return attempt.oneAtATime() ? List.of(forms.get(current)) : forms;
    }

    public int getAnsweredCount() {
        return (int) forms.stream().filter(AnswerForm::isAnswered).count();
    }

    public int getAnsweredPercent() {
        return forms.isEmpty() ? 0 : getAnsweredCount() * 100 / forms.size();
    }

    public long getDeadlineMillis() {
        return attempt == null || attempt.deadline() == null
                ? 0
                : attempt.deadline().toEpochMilli();
    }

    public long getNowMillis() {
        return Instant.now().toEpochMilli();
    }

    public String lessonTitle(String lessonSlug) {
        if (translation != null && translation.lesson(lessonSlug).isPresent()) {
            return translation.lesson(lessonSlug).get().title();
        }
        return module.lessons().stream()
                .filter(l -> l.slug().equals(lessonSlug))
                .map(l -> l.title())
                .findFirst()
                .orElse(lessonSlug);
    }

    public ModuleOutline getModule() {
        return module;
    }

    public QuizOverview getOverview() {
        return overview;
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public List<AnswerForm> getForms() {
        return forms;
    }

    public AttemptResult getResult() {
        return result;
    }

    public int getCurrent() {
        return current;
    }

    public boolean isFirst() {
        return current == 0;
    }

    public boolean isLast() {
        return current >= forms.size() - 1;
    }
}
