package org.attune.lti;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.attune.account.AccountRefusal;
import org.attune.account.AccountService;
import org.attune.account.EmailTakenException;
import org.attune.account.LaunchSignIn;
import org.attune.account.SignUpRequest;
import org.attune.web.Texts;

/**
 * The first launch of a platform user ({@code /lti/welcome}): they create a new Attune account (a clinician, named as
 * the platform says unless they change it; the email they give is unverified, as at sign-up, and never matched to
 * an existing account), or sign in to the account they have, to link it ({@code /lti/link}).
 */
@Named
@RequestScoped
public class LtiWelcomeView {

    @Inject
    LtiService lti;

    @Inject
    AccountService accounts;

    @Inject
    LaunchSignIn signIn;

    @Inject
    LaunchLanding landing;

    @Inject
    FacesContext faces;

    @Inject
    HttpServletRequest request;

    private String fullName;

    private String email;

    private String password;

    private Optional<LtiLaunch> launch;

    /**
     * Fills in the name and email the platform gave where the request brought none. The view is stateless and this bean
     * lives for one request, so on the postback the form's {@code rendered} condition ({@link #isPending()}) reads
     * the waiting launch from the session itself: were it set here, the form would not be rendered when the
     * request's values are applied, and "Create" would do nothing.
     */
    public void load() {
        var launch = pending().orElse(null);
        if (launch == null) {
            return;
        }
        // Each field on its own: this runs after the postback's values are applied, and must not overwrite them.
        if (fullName == null) {
            fullName = LaunchChecks.name(launch.claims());
        }
        if (email == null) {
            email = launch.claims().getClaim("email") instanceof String given ? given : "";
        }
    }

    public boolean isPending() {
        if (launch == null) {
            launch = pending();
        }
        return launch.isPresent();
    }

    public void create() throws IOException {
        var waiting = pending();
        if (waiting.isEmpty()) {
            faces.addMessage(null, message("lti.welcome.none"));
            return;
        }
        if (blank(fullName) || blank(email) || blank(password)) {
            faces.addMessage(null, message("lti.welcome.allRequired"));
            return;
        }
        long accountId;
        try {
            accountId = accounts.signUp(new SignUpRequest(fullName, email, password.toCharArray(), null, null))
                    .getId();
        } catch (AccountRefusal refusal) {
            // A taken email is the email field's problem; a name or password refused is said above the form.
            faces.addMessage(
                    refusal instanceof EmailTakenException ? "welcome:email" : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(Texts.current(), refusal), null));
            return;
        }
        var linked = lti.link(waiting.get().id(), accountId);
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        if (!signIn.signIn(
                request,
                response,
                linked,
                DeepLinking.instructor(waiting.get().claims().getClaim(DeepLinking.ROLES)))) {
            faces.addMessage(null, message("lti.refused.account"));
            return;
        }
        request.getSession().removeAttribute(LaunchEndpoint.PENDING);
        faces.getExternalContext().redirect(request.getContextPath() + landing.after(waiting.get(), linked));
    }

    private Optional<LtiLaunch> pending() {
        var session = request.getSession(false);
        var id = session == null ? null : session.getAttribute(LaunchEndpoint.PENDING);
        return id instanceof Long launchId ? lti.launch(launchId) : Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static FacesMessage message(String key) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(key), null);
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
}
