package org.attune.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.attune.account.CurrentAccount;
import org.attune.content.CourseDefinition;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** A course's evaluation ({@code /evaluation/{course}}): filled in once, before the certificate. */
@Named
@ViewScoped
public class EvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluations;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentAccount me;

    @Inject
    @Param(pathIndex = 0)
    String courseSlug;

    private CourseDefinition course;
    private final Map<String, String> answers = new HashMap<>();
    private boolean submitted;

    public void load() throws IOException {
        course = courseSlug == null ? null : catalog.course(courseSlug).orElse(null);
        if (course == null) {
            Faces.responseSendError(404, "There is no course at this address.");
            return;
        }
        submitted = evaluations.submitted(me.id().orElseThrow(), courseSlug);
    }

    public void submit() throws IOException {
        try {
            evaluations.submit(me.id().orElseThrow(), courseSlug, answers);
        } catch (EvaluationService.Incomplete incomplete) {
            Messages.addGlobalError(Texts.text(Texts.current(), incomplete));
            return;
        }
        Faces.getFlash().setKeepMessages(true);
        Messages.addGlobalInfo(Texts.text("learn.evaluation.thanks"));
        Faces.redirect(Faces.getRequestContextPath() + "/certificates");
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public CourseDefinition getCourse() {
        return course;
    }
}
