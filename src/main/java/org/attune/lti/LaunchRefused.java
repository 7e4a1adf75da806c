package org.attune.lti;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.attune.web.ClientAddress;
import org.attune.web.SecurityLog;

/**
 * How a login or launch that breaks a rule ends: a security-log line naming the rule, and status 400, whose error
 * page ({@code /WEB-INF/errors/400.xhtml}, {@link LtiRefusedView}) tells the person in words (the message of the
 * key), never a stack trace.
 */
final class LaunchRefused {

    /** The request attribute the page reads: the message key of the rule broken. */
    static final String ATTRIBUTE = "org.attune.lti.refusal";

    private LaunchRefused() {}

    static void refuse(HttpServletRequest request, HttpServletResponse response, String key, Object platform)
            throws IOException {
        SecurityLog.event("lti.refused")
                .with("reason", key.substring(key.lastIndexOf('.') + 1))
                .with("platform", platform)
                .with("path", request.getServletPath())
                .with("ip", ClientAddress.of(request))
                .warning();
        request.setAttribute(ATTRIBUTE, key);
        response.setHeader("Cache-Control", "no-store");
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
