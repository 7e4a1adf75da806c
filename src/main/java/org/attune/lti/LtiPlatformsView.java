package org.attune.lti;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.web.SecurityLog;
import org.attune.web.Texts;

/**
 * The admin page of LTI platforms ({@code /admin/lti}): the registrations, a form to add one or edit one, and
 * Attune's own addresses for the platform's admin to paste ({@link ToolUrls}).
 */
@Named
@ViewScoped
public class LtiPlatformsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A registration as the list shows it. */
    public record Line(long id, String issuer, String clientId, String deployments, String framing)
            implements Serializable {}

    @Inject
    transient LtiService lti;

    @Inject
    transient CurrentAccount me;

    private PlatformForm form = new PlatformForm();

    public List<Line> getLines() {
        return lti.platforms().stream()
                .map(p -> new Line(
                        p.id(),
                        p.issuer(),
                        p.clientId(),
                        String.join(", ", p.deploymentIds()),
                        p.framingOrigin() == null ? "" : p.framingOrigin()))
                .toList();
    }

    public void edit(long id) {
        lti.platform(id).map(PlatformForm::of).ifPresent(f -> form = f);
    }

    public void startNew() {
        form = new PlatformForm();
    }

    public void save() {
        var faces = FacesContext.getCurrentInstance();
        var problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> faces.addMessage(
                    "platform:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(key), null)));
            faces.validationFailed();
            return;
        }
        var saved = lti.save(form, me.id().orElseThrow());
        if (saved.isEmpty()) {
            faces.addMessage(
                    "platform:clientId",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("lti.platform.taken"), null));
            faces.validationFailed();
            return;
        }
        SecurityLog.event("lti.platform-saved")
                .with("account", me.id().orElseThrow())
                .with("platform", saved.get().id())
                .with("issuer", saved.get().issuer())
                .info();
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        Texts.text("lti.platform.saved", saved.get().issuer()),
                        null));
        form = new PlatformForm();
    }

    public PlatformForm getForm() {
        return form;
    }
}
