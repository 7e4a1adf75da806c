package org.attune.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The operator's way to rotate the issuer key, admins only: {@code POST /api/admin/issuer-keys/rotate} retires the
 * active key and answers the new one's id ({@code {"keyId": "key-2"}}). Everything signed before stays verifiable.
 */
@Path("admin/issuer-keys")
public class IssuerKeysResource {

    @Inject
    IssuerKeys keys;

    @POST
    @Path("rotate")
    @Produces(MediaType.APPLICATION_JSON)
    public Rotated rotate(@Context SecurityContext security) {
        if (security.getUserPrincipal() == null || !security.isUserInRole("admin")) {
            throw new ForbiddenException();
        }
        return new Rotated(keys.rotate().keyId());
    }

    /** The answer to a rotation: the id of the key that signs from now on. */
    public record Rotated(String keyId) {}
}
