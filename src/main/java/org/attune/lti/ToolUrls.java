package org.attune.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.attune.web.PublicUrl;

/** The addresses of Attune as an LTI tool, for a platform's admin to paste: all below Attune's public address. */
@Named
@ApplicationScoped
public class ToolUrls {

    @Inject
    PublicUrl publicUrl;

    public String getJwks() {
        return publicUrl.base() + "/lti/jwks";
    }

    public String getLogin() {
        return publicUrl.base() + "/lti/login";
    }

    public String getLaunch() {
        return publicUrl.base() + "/lti/launch";
    }

    /** Deep linking's address (its page is the lti-ags part: picking a module for a link). */
    public String getDeepLink() {
        return publicUrl.base() + "/lti/deep-link";
    }
}
