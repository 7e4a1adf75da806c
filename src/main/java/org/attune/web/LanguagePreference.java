package org.attune.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The language the signed-in person chose for their account, if any: a CDI bean the account package provides, so
 * that {@link Languages} can put it first without web depending on account.
 */
public interface LanguagePreference {

    /** The signed-in person's chosen language for this request; empty for a visitor or "as my browser says". */
    Optional<Locale> chosen();
}
