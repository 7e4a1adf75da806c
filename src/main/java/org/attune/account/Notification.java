package org.attune.account;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An email Attune sends when something happens that a person may or may not want to hear about, each of which they
 * can turn off ({@link NotificationPreferences}). Security mail (a reset link, a changed address) is not one of
 * these: it is always sent. The approval digest goes to admins only, so only admins choose it.
 */
public enum Notification {
    POST_TEST_PASSED("When I pass a module's post-test, with my score", null),
    CERTIFICATE_ISSUED("When my certificate is ready, with its verification link", null),
    CERTIFICATE_APPROVED("When an admin approves a certificate that was waiting for approval", null),
    CERTIFICATE_REVOKED("When an admin revokes one of my certificates, with their reason", null),
    CERTIFICATE_REISSUED("When one of my certificates is reissued, with its new code", null),
    APPROVAL_DIGEST("Certificates waiting for approval: a summary, at most once an hour", Role.admin);

    private final String label;
    private final Role onlyFor;

    Notification(String label, Role onlyFor) {
        this.label = label;
        this.onlyFor = onlyFor;
    }

    /** What the preferences page calls it, as the person would say it. */
    public String label() {
        return label;
    }

    /** The role whose holders get it, if only they do. */
    public Optional<Role> onlyFor() {
        return Optional.ofNullable(onlyFor);
    }

    /** The notifications a person with these roles may get, in the order the preferences page lists them. */
    public static List<Notification> offeredTo(Set<Role> roles) {
        return Arrays.stream(values())
                .filter(n -> n.onlyFor().map(roles::contains).orElse(true))
                .toList();
    }
}
