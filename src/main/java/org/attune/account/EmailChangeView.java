package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.attune.web.ClientAddress;
import org.attune.web.Texts;

/**
 * The email part of My account: a new address, with the current password, is confirmed at that address before it
 * replaces the old one, which is told ({@link EmailVerification#requestChange}).
 */
@Named
@RequestScoped
public class EmailChangeView {

    @Inject
    EmailVerification verification;

    @Inject
    CurrentAccount me;

    @Inject
    FacesContext faces;

    @Inject
    HttpServletRequest request;

    @NotBlank(message = "{validation.account.newEmail.required}")
    @Email(message = "{validation.account.email.format}")
    @Size(max = 254, message = "{validation.account.email.length}")
    private String newEmail;

    @NotBlank(message = "{validation.account.currentPassword.required}")
    private String currentPassword;

    private boolean sent;

    public void change() {
        try {
            verification.requestChange(
                    me.id().orElseThrow(), newEmail, currentPassword.toCharArray(), ClientAddress.of(request));
            sent = true;
        } catch (AccountRefusal refusal) {
            faces.addMessage(
                    MyAccount.WRONG_PASSWORD.equals(refusal.key()) || MyAccount.TOO_MANY_PASSWORDS.equals(refusal.key())
                            ? "email:currentPassword"
                            : "email:newEmail",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(Texts.current(), refusal), null));
        } finally {
            currentPassword = null;
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
