package org.attune.lti;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.attune.account.LaunchSignIn;
import org.attune.account.SessionStamp;

/**
 * Linking a platform user to the Attune account they just signed in to ({@code /lti/link}, where sign-in sends them
 * back from the first launch's page): only a sign-in with the account's password (and second factor, if it has
 * one) made after the launch links, never a session a launch signed in.
 */
@Named
@RequestScoped
public class LtiLinkView {

    @Inject
    LtiService lti;

    @Inject
    LaunchLanding landing;

    @Inject
    FacesContext faces;

    @Inject
    HttpServletRequest request;

    private boolean refused;

    public void link() throws IOException {
        var session = request.getSession(false);
        var id = session == null ? null : session.getAttribute(LaunchEndpoint.PENDING);
        var launch = id instanceof Long launchId ? lti.launch(launchId) : Optional.<LtiLaunch>empty();
        if (launch.isEmpty()) {
            refused = true;
            return;
        }
        if (!(session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp)
                || session.getAttribute(LaunchSignIn.ATTRIBUTE) != null
                || stamp.signedInAt().isBefore(launch.get().createdAt())) {
            faces.getExternalContext().redirect(request.getContextPath() + "/signin?next=/lti/link");
            return;
        }
        var account = lti.link(launch.get().id(), stamp.accountId());
        session.removeAttribute(LaunchEndpoint.PENDING);
        faces.getExternalContext().redirect(request.getContextPath() + landing.after(launch.get(), account));
    }

    public boolean isRefused() {
        return refused;
    }
}
