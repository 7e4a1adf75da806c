package org.attune.account;

/** Sign-up with an email that already has an account. */
public class EmailTakenException extends AccountRefusal {

    public EmailTakenException() {
        super("account.refusal.emailTaken");
    }
}
