package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The sign-up page ({@code /signup}): opens a clinician's account and signs them in. */
@Named
@RequestScoped
public class SignUpView {

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    SignInOutcome outcome;

    @NotBlank(message = "Enter your full name as it should print on your certificates.")
    @Size(max = 200, message = "Keep the name under 200 characters.")
    @Printable
    private String fullName;

    @NotBlank(message = "Enter your email.")
    @Email(message = "Enter an email address like name@example.org.")
    @Size(max = 254, message = "That email is too long.")
    private String email;

    @NotBlank(message = "Choose a password.")
    @AcceptablePassword
    private String password;

    @Size(max = 100, message = "Keep the profession under 100 characters.")
    private String profession;

    @Size(max = 60, message = "Keep the licence number under 60 characters.")
    private String licenceNumber;

    public void signUp() throws IOException {
        if (licenceNumber != null && !licenceNumber.isBlank()) {
            var problem = new LicenceDetails(null, null, licenceNumber, null, true).problem();
            if (problem.isPresent()) {
                faces.addMessage(
                        "signup:licenceNumber", new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.get(), null));
                return;
            }
        }
        try {
            accounts.signUp(new SignUpRequest(fullName, email, password.toCharArray(), profession, licenceNumber));
        } catch (EmailTakenException e) {
            faces.addMessage("signup:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        } catch (AccountRefusal refusal) {
            faces.addMessage(
                    "signup:fullName", new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
            return;
        }
        Authentication.signIn(faces, security, outcome, email, password);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }
}
