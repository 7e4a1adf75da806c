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
import org.attune.web.Dates;
import org.attune.web.Texts;

/**
 * "Forgot your password?" ({@code /forgot-password}): asks for the address and answers the same whether or not an
 * account has it ({@link PasswordReset}).
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordReset reset;

    @Inject
    FacesContext faces;

    @Inject
    HttpServletRequest request;

    @NotBlank(message = "{validation.account.forgotEmail.required}")
    @Email(message = "{validation.account.email.format}")
    @Size(max = 254, message = "{validation.account.email.length}")
    private String email;

    private boolean sent;

    public void send() {
        var paused = reset.request(email, ClientAddress.of(request));
        if (paused.isPresent()) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Texts.text("account.forgot.paused", Dates.format(paused.get())),
                            null));
            return;
        }
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
