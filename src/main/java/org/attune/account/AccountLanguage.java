package org.attune.account;

import java.util.Locale;
import org.attune.web.Texts;

/**
 * The language Attune writes to an account in, where no page is open (a letter, a certificate): the one place that
 * reads it, so every letter and certificate follows the same preference.
 */
public final class AccountLanguage {

    private AccountLanguage() {}

    /** The account's language; English until the account records a preference. */
    public static Locale of(Account account) {
        return Texts.ENGLISH;
    }
}
