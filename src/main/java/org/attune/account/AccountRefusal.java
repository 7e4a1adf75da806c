package org.attune.account;

/**
 * A change to an account the rules do not allow (the last active admin stepping down, an account with no role, a
 * password too short, a name a certificate cannot print), with a message that says why in the words of the person
 * who asked for it.
 */
public class AccountRefusal extends Exception {

    public AccountRefusal(String message) {
        super(message);
    }
}
