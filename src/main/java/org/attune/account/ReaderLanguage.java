package org.attune.account;

import java.util.Locale;
import org.attune.web.Texts;

/**
 * The language Attune writes to an account in where no page is open (a letter, a certificate): the one the person
 * chose on My account, else English, since there is no browser to ask. The one place letters and certificates read
 * it, so they all follow the same preference.
 */
public final class ReaderLanguage {

    private ReaderLanguage() {}

    /** The account's language for what it is sent. */
    public static Locale of(Account account) {
        return account.getLanguage().map(Texts::supported).orElse(Texts.ENGLISH);
    }
}
