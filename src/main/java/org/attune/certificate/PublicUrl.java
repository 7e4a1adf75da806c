package org.attune.certificate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address certificates point their QR codes at: {@code ATTUNE_PUBLIC_URL} when set (what learners and boards
 * type, e.g. behind a proxy), else the address of the request that earned the certificate.
 */
final class PublicUrl {

    private PublicUrl() {}

    static String of(HttpServletRequest request) {
        var configured = System.getenv("ATTUNE_PUBLIC_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        var url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf(request.getRequestURI())) + request.getContextPath();
    }
}
