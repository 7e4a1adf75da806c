package org.attune.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.attune.account.SessionStamp;

/**
 * {@code POST /testing/age-session?minutes=N}, in test deployments only: moves the caller's sign-in N minutes into
 * the past, as if they had signed in that long ago, so that a test of the absolute session lifetime need not wait
 * twelve hours. Answers 404 to a caller who is not signed in.
 */
@WebServlet("/testing/age-session")
public class SessionAging extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp)) {
            response.sendError(404);
            return;
        }
        var minutes = Duration.ofMinutes(Long.parseLong(request.getParameter("minutes")));
        session.setAttribute(
                SessionStamp.ATTRIBUTE,
                new SessionStamp(
                        stamp.accountId(),
                        stamp.email(),
                        stamp.securityVersion(),
                        stamp.signedInAt().minus(minutes)));
        response.setStatus(204);
    }
}
