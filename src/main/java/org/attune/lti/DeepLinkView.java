package org.attune.lti;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.catalog.ModuleSummary;
import org.attune.web.Texts;

/**
 * {@code /lti/deep-link?launch=<id>}: where a platform's deep-linking launch lands an instructor, to pick the Attune
 * module their course links to. Each module's button posts to {@link DeepLinkAnswerResource}, which signs the answer
 * and sends the browser back to the platform with it.
 */
@Named
@ViewScoped
public class DeepLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeepLinks deepLinks;

    @Inject
    transient CurrentAccount me;

    private Long launch;
    private List<ModuleSummary> modules = List.of();
    private String refusal;

    public void load() {
        var account = me.id();
        if (account.isEmpty()) {
            refusal = Texts.text("lti.deepLink.signIn");
            return;
        }
        if (launch == null) {
            refusal = Texts.text("lti.deepLink.unknown");
            return;
        }
        try {
            modules = deepLinks.offer(account.get(), launch);
        } catch (DeepLinkRefusal refused) {
            refusal = Texts.text(Texts.current(), refused);
        }
    }

    public Long getLaunch() {
        return launch;
    }

    public void setLaunch(Long launch) {
        this.launch = launch;
    }

    public List<ModuleSummary> getModules() {
        return modules;
    }

    public String getRefusal() {
        return refusal;
    }
}
