package org.attune.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A visitor's page is a stateless view, so that a visitor costs the server no session. With state saving on the
 * server, Faces opens a session for every view that is not transient, and PrimeFaces' CSP mode keeps its nonce in
 * the view's map, which lives in the session too. A visitor has nothing to keep: the only forms they see, sign-in
 * and sign-up, work as stateless views. So, once the view is known (after Restore View) and before anything reads
 * its map, the view of a request without a signed-in person is made transient. Signed-in people's views keep their
 * state, a second line of defence for their forms beside {@link CrossSiteGuard}.
 *
 * <p>Set here and not by {@code <f:view transient>} in the layout, because Faces applies that attribute only while it
 * builds the whole page, in Render Response, after PrimeFaces has already put its nonce into the view's map.
 */
public class VisitorViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var faces = event.getFacesContext();
        var view = faces.getViewRoot();
        if (view != null && faces.getExternalContext().getUserPrincipal() == null) {
            view.setTransient(true);
        }
    }
}
