package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.attune.web.Texts;

/**
 * The page a reset link opens ({@code /reset-password?token=}): a new password for the link's account, which signs
 * it out everywhere; then the person signs in with it. A link that no longer works says so and offers a new one.
 */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    PasswordReset reset;

    @Inject
    FacesContext faces;

    private String token;

    private Boolean works;

    @NotBlank(message = "{validation.account.newPassword.required}")
    @AcceptablePassword
    private String password;

    public void save() throws IOException {
        try {
            reset.complete(token(), password.toCharArray());
        } catch (AccountRefusal refusal) {
            works = reset.works(token());
            faces.addMessage(
                    works ? "reset:password" : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(Texts.current(), refusal), null));
            return;
        }
        var context = faces.getExternalContext();
        context.redirect(context.getRequestContextPath() + "/signin?signedout=reset");
    }

    /**
     * Whether the link opens the form. Asked while the page is built, before the view parameter reaches this bean on
     * a postback, so it reads the token from the request when the parameter has not arrived yet.
     */
    public boolean isWorks() {
        if (works == null) {
            works = reset.works(token());
        }
        return works;
    }

    /**
     * The token the form carries on: a postback the page refused (a password too short) never updates the model,
     * so the view parameter's value is not here, and the request's is.
     */
    public String getLinkToken() {
        return token();
    }

    private String token() {
        return token != null
                ? token
                : faces.getExternalContext().getRequestParameterMap().get("token");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
