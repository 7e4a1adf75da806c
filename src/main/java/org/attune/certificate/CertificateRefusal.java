package org.attune.certificate;

/**
 * An admin's action on a certificate that the rules do not allow (no reason given, a certificate no longer in the
 * state the page showed, a learner who already holds one), with a message that says why in the admin's words.
 */
public class CertificateRefusal extends Exception {

    public CertificateRefusal(String message) {
        super(message);
    }
}
