package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;
import org.attune.database.Startup;
import org.attune.web.Texts;

/**
 * Creates the first admin at start-up from the environment: {@code ATTUNE_ADMIN_EMAIL} and
 * {@code ATTUNE_ADMIN_PASSWORD} (at least 12 characters), and optionally {@code ATTUNE_ADMIN_NAME}. There is no
 * default admin and no default password; once the account exists the variables change nothing. But
 * {@code ATTUNE_ADMIN_TOTP_SECRET} (Base32), when set, becomes that admin's two-step sign-in secret at every start
 * where it is not already: how an operator lets a locked-out last admin in again, and how tests sign the admin in.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    Startup startup;

    @Inject
    SecondFactors secondFactors;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        var email = System.getenv("ATTUNE_ADMIN_EMAIL");
        var password = System.getenv("ATTUNE_ADMIN_PASSWORD");
        if (email == null || email.isBlank() || password == null) {
            return;
        }
        if (password.length() < 12) {
            LOG.warning("ATTUNE_ADMIN_PASSWORD is shorter than 12 characters: no admin account was created");
            return;
        }
        var name = System.getenv().getOrDefault("ATTUNE_ADMIN_NAME", "Administrator");
        var unprintable = PrintableName.problem(name);
        if (unprintable.isPresent()) {
            LOG.warning("ATTUNE_ADMIN_NAME cannot print on a certificate ("
                    + Texts.text(Texts.ENGLISH, unprintable.get()) + "): no admin account was created");
            return;
        }
        var secret = totpSecret(System.getenv("ATTUNE_ADMIN_TOTP_SECRET"));
        startup.exclusively(() -> {
            if (accounts.ensureAdmin(email, PrintableName.normalize(name), password.toCharArray())) {
                LOG.info(() -> "Created the admin account " + email.strip().toLowerCase());
            }
            if (secret != null) {
                var admin = accounts.findByEmail(email).orElseThrow();
                if (secondFactors.assign(admin.getId(), secret)) {
                    LOG.warning(() -> "Set the two-step sign-in secret of " + admin.getEmail()
                            + " from ATTUNE_ADMIN_TOTP_SECRET; their previous authenticator and recovery codes no"
                            + " longer work");
                }
            }
        });
    }

    /** The secret in ATTUNE_ADMIN_TOTP_SECRET (Base32, at least 128 bits, as RFC 4226 asks); null when unset or bad. */
    static byte[] totpSecret(String base32) {
        if (base32 == null || base32.isBlank()) {
            return null;
        }
        try {
            var secret = Base32.decode(base32);
            if (secret.length >= 16) {
                return secret;
            }
            LOG.warning("ATTUNE_ADMIN_TOTP_SECRET is shorter than 128 bits (26 Base32 characters): it was not used");
        } catch (IllegalArgumentException e) {
            LOG.warning("ATTUNE_ADMIN_TOTP_SECRET is not Base32 (" + e.getMessage() + "): it was not used");
        }
        return null;
    }
}
