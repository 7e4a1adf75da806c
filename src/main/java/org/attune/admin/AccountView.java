package org.attune.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.account.AccountRefusal;
import org.attune.account.AccountService;
import org.attune.account.CurrentAccount;
import org.attune.account.EmailVerification;
import org.attune.account.Licences;
import org.attune.account.PasswordReset;
import org.attune.account.Role;
import org.attune.account.SecondFactors;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEditing;
import org.attune.catalog.CourseSummary;
import org.attune.certificate.CertificateService;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptService;
import org.attune.web.ClientAddress;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One person ({@code /admin/account/{id}}): their roles and whether they may sign in (changed here, which signs
 * them out everywhere), signing them out everywhere, resetting their two-step sign-in, and their record: progress and post-tests module by module, and
 * their certificates.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A module in the person's record. */
    public record ModuleLine(String title, String lessons, String postTest) implements Serializable {}

    /** A certificate in the person's record. */
    public record CertificateLine(String code, String status, String course, String date) implements Serializable {}

    @Inject
    AccountService accounts;

    @Inject
    Licences licences;

    @Inject
    CatalogService catalog;

    @Inject
    CourseEditing courseEditing;

    @Inject
    ProgressService progress;

    @Inject
    AttemptService attempts;

    @Inject
    CertificateService certificates;

    @Inject
    CurrentAccount me;

    @Inject
    PasswordReset reset;

    @Inject
    EmailVerification verification;

    @Inject
    HttpServletRequest request;

    @Inject
    SecondFactors secondFactors;

    @Inject
    @Param(pathIndex = 0)
    String idParam;

    private long id;
    private String name;
    private String email;
    private String profession;
    private String licence;
    private List<String> roles = new ArrayList<>();
    private boolean active;
    private boolean emailConfirmed;
    private List<String> teaching = new ArrayList<>();
    private List<CourseSummary> courses;
    private List<ModuleLine> modules;
    private List<CertificateLine> held;

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "People are managed by admins.");
            return;
        }
        try {
            id = Long.parseLong(idParam == null ? "" : idParam);
        } catch (NumberFormatException e) {
            Faces.responseSendError(404, "There is no such account.");
            return;
        }
        var account = accounts.find(id).orElse(null);
        if (account == null) {
            Faces.responseSendError(404, "There is no such account.");
            return;
        }
        name = account.getFullName();
        email = account.getEmail();
        profession = account.getProfession();
        licence = String.join(
                "; ", licences.of(id).stream().map(l -> l.details().printed()).toList());
        roles = account.getRoles().stream().map(Role::name).sorted().toList();
        active = account.isActive();
        emailConfirmed = account.isEmailVerified();
        courses = catalog.courses().stream().filter(c -> c.slug() != null).toList();
        teaching = new ArrayList<>(catalog.coursesTaughtBy(id));
        record();
    }

    public void save() {
        var chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        try {
            accounts.administer(id, chosen, active);
            courseEditing.assignTeaching(id, chosen.contains(Role.instructor) ? new HashSet<>(teaching) : Set.of());
            if (!chosen.contains(Role.instructor)) {
                teaching = new ArrayList<>();
            }
            Messages.addGlobalInfo(
                    active ? Texts.text("admin.account.saved") : Texts.text("admin.account.savedInactive", name));
        } catch (AccountRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
            active = accounts.find(id).orElseThrow().isActive();
        }
    }

    /** Ends every session the person has open, on every device (a lost phone, a shared computer). */
    public void signOutEverywhere() {
        if (!me.hasRole(Role.admin)) {
            Messages.addGlobalError(Texts.text("admin.account.adminsOnly"));
            return;
        }
        accounts.signOutEverywhere(id);
        Messages.addGlobalInfo(Texts.text("admin.account.signedOut", name));
    }

    /** Mails the person a link to choose a new password; the admin never sees it and never sets a password. */
    public void sendResetLink() {
        if (!me.hasRole(Role.admin)) {
            Messages.addGlobalError(Texts.text("admin.account.adminsOnly"));
            return;
        }
        try {
            reset.sendLinkFor(id, me.id().orElseThrow());
            Messages.addGlobalInfo(Texts.text("admin.account.resetSent", email));
        } catch (AccountRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    /** Mails the person a new link that confirms their address. */
    public void resendConfirmation() {
        if (!me.hasRole(Role.admin)) {
            Messages.addGlobalError(Texts.text("admin.account.adminsOnly"));
            return;
        }
        try {
            verification.resend(id, ClientAddress.of(request));
            Messages.addGlobalInfo(Texts.text("admin.account.confirmationSent", email));
        } catch (AccountRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    /** Removes the person's authenticator and recovery codes (a lost phone) and signs them out everywhere. */
    public void resetTwoFactor() {
        if (!me.hasRole(Role.admin)) {
            Messages.addGlobalError(Texts.text("admin.account.adminsOnly"));
            return;
        }
        secondFactors.reset(id);
        Messages.addGlobalInfo(Texts.text(
                isStaffMember() ? "admin.account.twoFactor.wasResetStaff" : "admin.account.twoFactor.wasReset", name));
    }

    public boolean isTwoFactorOn() {
        return secondFactors.isOn(id);
    }

    public String getTwoFactorStatus() {
        return secondFactors
                .onSince(id)
                .map(since -> Texts.text("admin.account.twoFactor.on", Dates.format(since)))
                .orElse(Texts.text(
                        isStaffMember() ? "admin.account.twoFactor.offStaff" : "admin.account.twoFactor.off"));
    }

    private boolean isStaffMember() {
        return roles.contains(Role.instructor.name()) || roles.contains(Role.admin.name());
    }

    private void record() {
        var standing = progress.standing(id);
        modules = catalog.publishedModules().stream()
                .map(m -> {
                    var inModule = standing.module(m.slug());
                    var lessons = inModule.map(s -> s.lessons()).orElse(ModuleProgress.NONE);
                    var quiz = inModule.flatMap(s -> attempts.overview(id, s)).orElse(null);
                    var best = quiz == null
                            ? Texts.text("admin.account.postTest.none")
                            : quiz.passed()
                                    ? Texts.text("admin.account.postTest.passed")
                                    : quiz.history().isEmpty()
                                            ? Texts.text("admin.account.postTest.notTaken")
                                            : Texts.text(
                                                    "admin.account.postTest.notPassed",
                                                    quiz.history().size());
                    return new ModuleLine(
                            m.title(),
                            Texts.text("admin.account.lessonsOf", lessons.completed(), lessons.total()),
                            best);
                })
                .toList();
        held = certificates.of(id).stream()
                .map(c -> new CertificateLine(
                        c.getCode(),
                        Texts.text("admin.certificate.status." + c.getStatus().name()),
                        c.snapshot().courseTitle(),
                        Dates.format(c.getRequestedAt())))
                .toList();
    }

    public List<String> getTeaching() {
        return teaching;
    }

    public void setTeaching(List<String> teaching) {
        this.teaching = teaching == null ? new ArrayList<>() : new ArrayList<>(teaching);
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getProfession() {
        return profession;
    }

    public String getLicence() {
        return licence;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<ModuleLine> getModules() {
        return modules;
    }

    public List<CertificateLine> getHeld() {
        return held;
    }
}
