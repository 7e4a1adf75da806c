package org.attune.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How people sign in: Attune's own sign-in page, through {@link SignInMechanism}. A request for a page that needs a
 * signed-in user is redirected there, and back to the page once signed in. Which pages need that is declared in
 * {@code web.xml}.
 */
@DeclareRoles({"clinician", "instructor", "admin"})
@ApplicationScoped
public class AuthenticationConfig {}
