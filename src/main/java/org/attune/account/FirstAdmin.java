package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;
import org.attune.database.Startup;

/**
 * Creates the first admin at start-up from the environment: {@code ATTUNE_ADMIN_EMAIL} and
 * {@code ATTUNE_ADMIN_PASSWORD} (at least 12 characters), and optionally {@code ATTUNE_ADMIN_NAME}. There is no
 * default admin and no default password; once the account exists the variables change nothing.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    Startup startup;

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
            LOG.warning("ATTUNE_ADMIN_NAME cannot print on a certificate (" + unprintable.get()
                    + "): no admin account was created");
            return;
        }
        startup.exclusively(() -> {
            if (accounts.ensureAdmin(email, PrintableName.normalize(name), password.toCharArray())) {
                LOG.info(() -> "Created the admin account " + email.strip().toLowerCase());
            }
        });
    }
}
