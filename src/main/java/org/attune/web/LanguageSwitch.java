package org.attune.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The layout's language switcher: {@code GET /language?to=es&back=/modules/attunement} sets the {@code lang}
 * cookie and sends the browser back to the page it came from. A cookie and not a session, so a visitor still has
 * none; a plain link, so it needs no form (and nothing for {@link CrossSiteGuard} to check: it changes no record,
 * only how this browser's pages read). {@code back} must be a path on this site; anything else (another site,
 * {@code //host}, a scheme) goes back to the catalog instead, so the switch cannot be made into an open redirect.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var language = Languages.parse(request.getParameter("to"));
        if (language.isPresent()) {
            var cookie = new Cookie(Languages.COOKIE, language.get().toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request.getContextPath(), request.getParameter("back")));
    }

    /** Where to send the browser: {@code back} when it is a path under this application, else its front page. */
    static String back(String contextPath, String back) {
        var home = contextPath + "/";
        if (back == null
                || !back.startsWith(home)
                || back.startsWith("//")
                || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return home;
        }
        return back;
    }
}
