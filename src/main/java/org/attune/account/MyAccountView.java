package org.attune.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.attune.web.ClientAddress;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * My account ({@code /account}): the signed-in person's name as it prints, profession, password and licences. A new
 * password ends every other session of the account; this one is stamped with the new security version and stays
 * signed in.
 */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentAccount me;

    @Inject
    transient MyAccount myAccount;

    @Inject
    transient Licences licences;

    @Inject
    transient AccountService accounts;

    @NotBlank(message = "{validation.account.fullName.required}")
    @Size(max = 200, message = "{validation.account.fullName.length}")
    @Printable
    private String fullName;

    @Size(max = 100, message = "{validation.account.profession.length}")
    private String profession;

    @NotBlank(message = "{validation.account.currentPassword.required}")
    private String currentPassword;

    @NotBlank(message = "{validation.account.newPassword.required}")
    @AcceptablePassword
    private String newPassword;

    /** "" for as the browser says, else a supported language's tag. */
    private String language = "";

    private List<LicenceForm> held;
    private LicenceForm added = new LicenceForm();
    private long accountId;

    public void load() {
        accountId = me.id().orElseThrow(() -> new IllegalStateException("My account needs a signed-in person"));
        var account = accounts.find(accountId).orElseThrow();
        fullName = account.getFullName();
        profession = account.getProfession();
        language = account.getLanguage().map(java.util.Locale::toLanguageTag).orElse("");
        reloadLicences();
    }

    /** Saves the language and shows the page afresh in it. */
    public void saveLanguage() throws IOException {
        try {
            myAccount.chooseLanguage(
                    accountId, org.attune.web.Languages.parse(language).orElse(null));
        } catch (AccountRefusal refusal) {
            Messages.addGlobalError(Texts.text(Texts.current(), refusal));
            return;
        }
        Messages.addFlashGlobalInfo(org.attune.web.Texts.text(
                org.attune.web.Languages.parse(language).orElse(org.attune.web.Texts.current()),
                "account.language.saved"));
        Faces.redirect(Faces.getRequestContextPath() + "/account");
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }

    /** Saves, then shows the page afresh (so that the header shows the new name), or says beside the field why not. */
    public void saveDetails() throws IOException {
        try {
            myAccount.describe(accountId, fullName, profession);
            Messages.addFlashGlobalInfo(Texts.text("account.details.saved"));
            Faces.redirect(Faces.getRequestContextPath() + "/account");
        } catch (AccountRefusal refusal) {
            error("details:fullName", Texts.text(Texts.current(), refusal));
        }
    }

    public void changePassword() {
        var request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            int version = myAccount.changePassword(
                    accountId, currentPassword.toCharArray(), newPassword.toCharArray(), ClientAddress.of(request));
            restamp(request, version);
            Messages.addGlobalInfo(Texts.text("account.password.changed"));
        } catch (AccountRefusal refusal) {
            error(
                    MyAccount.WRONG_PASSWORD.equals(refusal.key())
                            ? "password:currentPassword"
                            : "password:newPassword",
                    Texts.text(Texts.current(), refusal));
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    /**
     * Keeps this session signed in under the account's new security version, under a new session id, with its
     * original sign-in time (a password change does not lengthen a sign-in).
     */
    private static void restamp(HttpServletRequest request, int version) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp) {
            request.changeSessionId();
            session = request.getSession(false);
            session.setAttribute(
                    SessionStamp.ATTRIBUTE,
                    new SessionStamp(stamp.accountId(), stamp.email(), version, stamp.signedInAt()));
        }
    }

    public void addLicence() {
        try {
            licences.add(accountId, added.toDetails());
            added = new LicenceForm();
            reloadLicences();
            Messages.addGlobalInfo(Texts.text("account.licence.added"));
        } catch (AccountRefusal refusal) {
            error("newLicence:number", Texts.text(Texts.current(), refusal));
        }
    }

    public void saveLicence(LicenceForm licence) {
        try {
            licences.change(accountId, licence.getId(), licence.toDetails());
            reloadLicences();
            Messages.addGlobalInfo(Texts.text("account.licence.saved"));
        } catch (AccountRefusal refusal) {
            error("licences:rows:" + held.indexOf(licence) + ":number", Texts.text(Texts.current(), refusal));
        }
    }

    public void removeLicence(LicenceForm licence) {
        try {
            licences.remove(accountId, licence.getId());
            reloadLicences();
            Messages.addGlobalInfo(Texts.text("account.licence.removed"));
        } catch (AccountRefusal refusal) {
            reloadLicences();
            Messages.addGlobalError(Texts.text(Texts.current(), refusal));
        }
    }

    private void reloadLicences() {
        held = new ArrayList<>(
                licences.of(accountId).stream().map(LicenceForm::of).toList());
    }

    private static void error(String clientId, String message) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** What a new certificate would print of the licences, as the page previews it; empty when none prints. */
    public String getPrinted() {
        var printed = licences.printed(accountId);
        return printed == null ? "" : printed;
    }

    public List<LicenceForm> getHeld() {
        return held;
    }

    public LicenceForm getAdded() {
        return added;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
