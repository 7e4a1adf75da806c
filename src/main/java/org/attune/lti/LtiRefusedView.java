package org.attune.lti;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;

/**
 * The page of status 400 ({@code /WEB-INF/errors/400.xhtml}), which tells a refused launch ({@link LaunchRefused})
 * by its rule, in the normal layout and the request's language. (A forward to a Faces page lost both the status
 * and the request attribute; the error page mechanism keeps both.)
 */
@Named
@RequestScoped
public class LtiRefusedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FacesContext faces;

    /** Whether this 400 is a refused launch's. */
    public boolean isLaunch() {
        return faces.getExternalContext().getRequestMap().get(LaunchRefused.ATTRIBUTE) instanceof String;
    }

    /** The message key of the rule broken. */
    public String getKey() {
        return faces.getExternalContext().getRequestMap().get(LaunchRefused.ATTRIBUTE) instanceof String key
                ? key
                : "lti.refused.token";
    }

    /** Sets the response's status to 400 (preRenderView): a refusal is never an ordinary page. */
    public void answerBadRequest() {
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
    }
}
