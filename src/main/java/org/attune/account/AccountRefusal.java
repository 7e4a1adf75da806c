package org.attune.account;

import org.attune.web.Refusal;

/**
 * A change to an account the rules do not allow (the last active admin stepping down, an account with no role, a
 * password too short, a name a certificate cannot print), said as a message key ({@code account.…}) and its
 * arguments, so that the person who asked for it reads why in their own language.
 */
public class AccountRefusal extends Refusal {

    public AccountRefusal(String key, Object... args) {
        super(key, args);
    }
}
