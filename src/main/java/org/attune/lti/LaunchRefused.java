package org.attune.lti;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.attune.web.ClientAddress;
import org.attune.web.SecurityLog;

/**
 * How a login or launch that breaks a rule ends: a security-log line naming the rule, and the page {@code
 * /lti/refused.xhtml} telling the person in words (the message of the key), with status 400, never a stack trace.
 */
final class LaunchRefused {

    /** The request attribute the page reads: the message key of the rule broken. */
    static final String ATTRIBUTE = "org.attune.lti.refusal";

    private LaunchRefused() {}

    static void refuse(HttpServletRequest request, HttpServletResponse response, String key, Object platform)
            throws IOException, ServletException {
        SecurityLog.event("lti.refused")
                .with("reason", key.substring(key.lastIndexOf('.') + 1))
                .with("platform", platform)
                .with("path", request.getServletPath())
                .with("ip", ClientAddress.of(request))
                .warning();
        request.setAttribute(ATTRIBUTE, key);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/lti/refused.xhtml").forward(request, response);
    }
}
