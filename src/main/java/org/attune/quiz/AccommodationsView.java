package org.attune.quiz;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.attune.account.AccountService;
import org.attune.account.CurrentAccount;
import org.attune.catalog.ModuleSummary;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Accommodations ({@code /accommodations}, instructors and admins): grant a learner extra time on a post-test (a
 * multiplier of its time limit) or extra attempts. Takes effect at once, for an attempt in progress too. An
 * instructor sees and grants only for the courses they teach ({@link AccommodationService}).
 */
@Named
@ViewScoped
public class AccommodationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A granted accommodation as the page lists it. */
    public record Line(
            String learner,
            String module,
            BigDecimal multiplier,
            int extraAttempts,
            String grantedBy,
            Instant grantedAt)
            implements Serializable {

        public String granted() {
            return Dates.format(grantedAt);
        }
    }

    @Inject
    AccommodationService accommodations;

    @Inject
    AccountService accounts;

    @Inject
    CurrentAccount me;

    @NotBlank(message = "{validation.accommodations.learnerEmail}")
    @Email(message = "{validation.accommodations.email}")
    private String learnerEmail;

    @NotBlank(message = "{validation.accommodations.module}")
    private String moduleSlug;

    @NotNull(message = "{validation.accommodations.multiplier}")
    @DecimalMin(value = "1.0", message = "{validation.accommodations.multiplierMin}")
    @DecimalMax(value = "4.0", message = "{validation.accommodations.multiplierMax}")
    private BigDecimal multiplier = new BigDecimal("1.5");

    @Min(value = 0, message = "{validation.accommodations.extraMin}")
    @Max(value = 20, message = "{validation.accommodations.extraMax}")
    private int extraAttempts;

    private List<ModuleSummary> modules;
    private List<Line> lines;

    public void load() throws IOException {
        if (!me.isTeaching()) {
            Faces.responseSendError(403, "Accommodations are for instructors and admins.");
            return;
        }
        modules = accommodations.modulesFor(me.getEmail());
        refresh();
    }

    public void grant() {
        if (!me.isTeaching()) {
            Messages.addGlobalError(Texts.text("quiz.refusal.grantorOnly"));
            return;
        }
        var learner = accounts.findByEmail(learnerEmail);
        if (learner.isEmpty()) {
            Messages.addError("accommodations:learner", Texts.text("quiz.accommodations.noAccount"));
            return;
        }
        try {
            accommodations.grant(me.getEmail(), learner.get().getId(), moduleSlug, multiplier, extraAttempts);
            Messages.addGlobalInfo(
                    Texts.text("quiz.accommodations.grantedTo", learner.get().getFullName()));
            refresh();
        } catch (QuizRefusal refusal) {
            Messages.addGlobalError(Texts.text(Texts.current(), refusal));
        }
    }

    private void refresh() {
        lines = accommodations.grantedFor(me.getEmail()).stream()
                .map(g -> new Line(
                        g.learnerEmail(),
                        g.moduleTitle(),
                        g.multiplier(),
                        g.extraAttempts(),
                        g.grantedBy(),
                        g.grantedAt()))
                .toList();
    }

    public List<ModuleSummary> getModules() {
        return modules;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getLearnerEmail() {
        return learnerEmail;
    }

    public void setLearnerEmail(String learnerEmail) {
        this.learnerEmail = learnerEmail;
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public void setModuleSlug(String moduleSlug) {
        this.moduleSlug = moduleSlug;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public void setExtraAttempts(int extraAttempts) {
        this.extraAttempts = extraAttempts;
    }
}
