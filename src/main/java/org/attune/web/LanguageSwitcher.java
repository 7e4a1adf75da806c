package org.attune.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the layout's language switcher shows: a link to the other language that comes back to this page ({@code
 * #{languageSwitcher.href}}), hidden for a person who chose a language on My account (it would change nothing).
 */
@Named
@RequestScoped
public class LanguageSwitcher {

    @Inject
    HttpServletRequest request;

    public boolean isShown() {
        return Languages.chosen().isEmpty();
    }

    /** The language the link switches to. */
    public Locale getOther() {
        return Texts.current().getLanguage().equals("es") ? Texts.ENGLISH : Texts.SPANISH;
    }

    public String getOtherTag() {
        return getOther().getLanguage();
    }

    public String getHref() {
        return request.getContextPath() + "/language?to=" + getOtherTag() + "&back="
                + URLEncoder.encode(thisPage(), StandardCharsets.UTF_8);
    }

    /** The address the browser asked for (on an error page, the one that failed). */
    private String thisPage() {
        var forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var uri = forwarded instanceof String original ? original : request.getRequestURI();
        var query = forwarded == null ? request.getQueryString() : null;
        return query == null ? uri : uri + "?" + query;
    }
}
