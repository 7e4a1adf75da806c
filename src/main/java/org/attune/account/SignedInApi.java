package org.attune.account;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.attune.web.ApiError;
import org.attune.web.Texts;

/**
 * The JSON API is for signed-in accounts, except the endpoints marked {@link PermitAll} (the module list, a
 * certificate's public verification): a visitor calling any other endpoint gets a 401 with a JSON error before it
 * runs, so a new endpoint is closed to visitors unless it says otherwise. Which roles may call an endpoint, and
 * whose objects it shows, the endpoint checks itself (403, 404). An address that is no endpoint stays a 404.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInApi implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource.getResourceMethod();
        boolean open = method != null
                && (method.isAnnotationPresent(PermitAll.class)
                        || resource.getResourceClass().isAnnotationPresent(PermitAll.class));
        if (!open && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.status(401)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(
                            401, Texts.text(ApiError.language(request.getAcceptableLanguages()), "api.signIn")))
                    .build());
        }
    }
}
