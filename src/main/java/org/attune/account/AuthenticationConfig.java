package org.attune.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How people sign in: Attune's own sign-in page. A request for a page that needs a signed-in user is redirected
 * there, and back to the page once signed in. Which pages need that is declared in {@code web.xml}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"clinician", "instructor", "admin"})
@ApplicationScoped
public class AuthenticationConfig {}
