package org.attune.certificate;

import org.attune.web.Refusal;

/**
 * An action on a certificate that the rules do not allow (no reason given, a certificate no longer in the state the
 * page showed, a learner who already holds one, a correction asked twice), said as a {@code certificate.refusal.}
 * key and its arguments.
 */
public class CertificateRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public CertificateRefusal(String key, Object... args) {
        super(key, args);
    }
}
