package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How Jakarta Security signs people in to Attune: with the email and password the sign-in and sign-up pages pass on
 * ({@link Authentication}), checked by the identity stores, and from the session after that
 * ({@link AutoApplySession}). A visitor asking for a page that needs an account is sent to {@code /signin} with the
 * way back in the address ({@code ?next=}, see {@link WayBack}). Jakarta Security's own form mechanism would keep
 * that request in a new session instead, and a visitor gets no session: one for every anonymous request to a
 * protected address would let a flood of them fill the heap. Which addresses need an account is declared in
 * {@code web.xml}.
 */
@AutoApplySession
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(
                    identityStores.validate(context.getAuthParameters().getCredential()));
        }
        if (context.isProtected()) {
            return context.redirect(WayBack.signInFor(request));
        }
        return context.doNothing();
    }
}
