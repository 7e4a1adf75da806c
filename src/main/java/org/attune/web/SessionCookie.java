package org.attune.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie (JSESSIONID, HttpOnly by web.xml) is also SameSite=Lax: browsers leave it out of requests that
 * other sites' pages make to Attune (forms, frames, scripts), and still send it when someone follows a link to
 * Attune. And it is Secure when people reach Attune over https ({@code ATTUNE_PUBLIC_URL} is https): the browser then
 * never sends it over plain http, even behind a proxy that talks plain http to the server. Set here, as the
 * application starts: Secure depends on the environment, and WildFly 39 ignores a SameSite attribute declared in
 * web.xml's cookie-config (Servlet 6's {@code <attribute>}), while it honours the same attribute set here.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        if (PublicAddress.isHttps()) {
            cookie.setSecure(true);
        }
    }
}
