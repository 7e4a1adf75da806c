package org.attune.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells browsers to reach Attune over https only, for a year (Strict-Transport-Security), whenever people reach it
 * over https: the request came in over https, or {@code ATTUNE_PUBLIC_URL} is https (a proxy in front ends TLS and
 * talks plain http to the server). Never over plain http only, where it would mean nothing or lock a site out.
 * Subdomains are left out: they may be other people's servers.
 */
public class StrictTransportSecurity extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Strict-Transport-Security";
    static final String VALUE = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (applies(request.isSecure(), PublicAddress.isHttps())) {
            response.setHeader(HEADER, VALUE);
        }
        chain.doFilter(request, response);
    }

    static boolean applies(boolean requestIsHttps, boolean publicAddressIsHttps) {
        return requestIsHttps || publicAddressIsHttps;
    }
}
