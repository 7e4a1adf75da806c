package org.attune.lti;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.attune.account.CurrentAccount;
import org.attune.web.Texts;

/**
 * {@code POST /api/lti/deep-link} (launch, module), from the deep-linking page: the signed answer ({@link DeepLinks})
 * in a form the browser posts to the platform's return URL as {@code JWT}, at once by a script that carries this
 * response's nonce, or by its button. This response has a policy of its own: scripts only with that nonce, and forms
 * only to the platform's origin (Attune's pages may post only to Attune). A refusal is a page saying why (403).
 */
@Path("lti/deep-link")
public class DeepLinkAnswerResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DeepLinks deepLinks;

    @Inject
    CurrentAccount me;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response answer(@FormParam("launch") Long launch, @FormParam("module") String module) {
        var locale = Texts.supported(request.getLocale());
        var account = me.id();
        if (account.isEmpty()) {
            return refused(locale, Texts.text(locale, "lti.deepLink.signIn"));
        }
        if (launch == null || module == null) {
            return refused(locale, Texts.text(locale, "lti.deepLink.unknown"));
        }
        DeepLinks.Answer answer;
        try {
            answer = deepLinks.answer(account.get(), launch, module);
        } catch (DeepLinkRefusal refusal) {
            return refused(locale, Texts.text(locale, refusal));
        }
        var returnUrl = URI.create(answer.returnUrl());
        if (!"https".equals(returnUrl.getScheme()) && !"http".equals(returnUrl.getScheme())) {
            return refused(locale, Texts.text(locale, "lti.deepLink.badReturn"));
        }
        var nonce = nonce();
        var origin = returnUrl.getScheme() + "://" + returnUrl.getRawAuthority();
        var page = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(Texts.text(locale, "lti.deepLink.returning")) + " · Attune</title></head><body>"
                + "<form id=\"answer\" method=\"post\" action=\"" + escape(answer.returnUrl()) + "\">"
                + "<input type=\"hidden\" name=\"JWT\" value=\"" + escape(answer.jwt()) + "\">"
                + "<p>" + escape(Texts.text(locale, "lti.deepLink.returning")) + "</p>"
                + "<button type=\"submit\">" + escape(Texts.text(locale, "lti.deepLink.return")) + "</button>"
                + "</form><script nonce=\"" + nonce + "\">document.getElementById('answer').submit();</script>"
                + "</body></html>";
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'nonce-" + nonce + "'; form-action " + origin
                                + "; base-uri 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response refused(Locale locale, String message) {
        var page = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(Texts.text(locale, "lti.deepLink.title")) + " · Attune</title></head><body>"
                + "<p id=\"refusal\">" + escape(message) + "</p></body></html>";
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .header("Content-Security-Policy", "default-src 'none'; form-action 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String nonce() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
