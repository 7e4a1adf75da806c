package org.attune.account;

/** Sign-up with an email that already has an account. */
public class EmailTakenException extends AccountRefusal {

    public EmailTakenException() {
        super("An account with this email already exists. Sign in instead, or use another email.");
    }
}
