package org.attune.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code /testing/lrs/statements}, in test deployments only: the statements resource of the {@link LrsStandIn}, with
 * the credentials pom.xml gives the server ({@code ATTUNE_LRS_KEY}, {@code ATTUNE_LRS_SECRET}).
 */
@WebServlet("/testing/lrs/statements")
public class LrsStandInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LrsStandIn lrs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(request, response)) {
            return;
        }
        var answer = lrs.post(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        response.setStatus(answer.getKey());
        response.setContentType("application/json");
        response.getWriter().write(answer.getValue());
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(request, response)) {
            return;
        }
        response.setStatus(lrs.put(
                request.getParameter("statementId"),
                new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((System.getenv("ATTUNE_LRS_KEY") + ":" + System.getenv("ATTUNE_LRS_SECRET"))
                                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.getHeader("Authorization"))) {
            response.sendError(401);
            return true;
        }
        if (!"1.0.3".equals(request.getHeader("X-Experience-API-Version"))) {
            response.sendError(400, "X-Experience-API-Version 1.0.3 is required");
            return true;
        }
        if (lrs.isDown()) {
            response.sendError(503);
            return true;
        }
        return false;
    }
}
