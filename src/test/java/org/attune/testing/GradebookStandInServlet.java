package org.attune.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * {@code /testing/lti-gradebook/token} and {@code /testing/lti-gradebook/lineitems/{id}/scores}, in test deployments
 * only: the {@link GradebookStandIn}.
 */
@WebServlet("/testing/lti-gradebook/*")
public class GradebookStandInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookStandIn gradebook;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gradebook.isDown()) {
            response.sendError(503);
            return;
        }
        var path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.equals("/token")) {
            var form = new HashMap<String, String>();
            request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
            var answer = gradebook.token(form);
            response.setStatus(answer.getKey());
            response.setContentType("application/json");
            response.getWriter().write(answer.getValue());
        } else if (path.startsWith("/lineitems/") && path.endsWith("/scores")) {
            var lineitem =
                    gradebook.lineitem(path.substring("/lineitems/".length(), path.length() - "/scores".length()));
            response.setStatus(gradebook.score(
                    lineitem,
                    request.getHeader("Authorization"),
                    request.getContentType(),
                    new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
        } else {
            response.sendError(404);
        }
    }
}
