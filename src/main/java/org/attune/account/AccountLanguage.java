package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.attune.web.LanguagePreference;

/**
 * The signed-in person's language as they chose it on My account, for {@link org.attune.web.Languages}: read from
 * the accounts cache with the rest of the request's account, so signing in switches to it and a change on My
 * account shows from the next page on.
 */
@ApplicationScoped
public class AccountLanguage implements LanguagePreference {

    @Inject
    CurrentAccount me;

    @Override
    public Optional<Locale> chosen() {
        return me.language();
    }
}
