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
import java.time.Instant;
import java.util.Optional;
import org.attune.web.ClientAddress;
import org.attune.web.Dates;
import org.attune.web.Texts;

/**
 * The sign-up page ({@code /signup}): opens a clinician's account, unverified, and asks them to follow the link
 * mailed to them ({@link Registration}); the page says "check your inbox" whether or not the address had an account.
 */
@Named
@RequestScoped
public class SignUpView {

    @Inject
    Registration registration;

    @Inject
    FacesContext faces;

    @Inject
    HttpServletRequest request;

    private boolean sent;

    @NotBlank(message = "{validation.account.fullName.required}")
    @Size(max = 200, message = "{validation.account.fullName.length}")
    @Printable
    private String fullName;

    @NotBlank(message = "{validation.account.email.required}")
    @Email(message = "{validation.account.email.format}")
    @Size(max = 254, message = "{validation.account.email.length}")
    private String email;

    @NotBlank(message = "{validation.account.password.chosen}")
    @AcceptablePassword
    private String password;

    @Size(max = 100, message = "{validation.account.profession.length}")
    private String profession;

    @Size(max = 60, message = "{validation.account.licenceNumber.length}")
    private String licenceNumber;

    public void signUp() {
        if (licenceNumber != null && !licenceNumber.isBlank()) {
            var problem = new LicenceDetails(null, null, licenceNumber, null, true).problem();
            if (problem.isPresent()) {
                faces.addMessage(
                        "signup:licenceNumber",
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, Texts.text(Texts.current(), problem.get()), null));
                return;
            }
        }
        try {
            var paused = registration.signUp(
                    new SignUpRequest(fullName, email, password.toCharArray(), profession, licenceNumber),
                    ClientAddress.of(request),
                    Optional.ofNullable(request.getParameter(WayBack.PARAMETER)));
            if (paused.isPresent()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, paused(paused.get()), null));
                return;
            }
            sent = true;
        } catch (AccountRefusal refusal) {
            faces.addMessage(
                    "signup:fullName",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(Texts.current(), refusal), null));
        }
    }

    /** What a sign-up beyond the limit is told, whatever the address. */
    public static String paused(Instant until) {
        return "Too many sign-ups from your network or with this address in the last hour. Please try again after "
                + Dates.format(until) + ".";
    }

    /** Whether the form went through and the page now asks the person to check their inbox. */
    public boolean isSent() {
        return sent;
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
