package org.attune.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.attune.web.PublicUrl;

/**
 * {@code GET /api/credentials/status/{list}}: a signed Bitstring Status List credential, public, so that any verifier
 * can tell whether a credential was revoked without asking who holds it (the list reveals nothing about any one
 * certificate). Verifiers may keep it five minutes; a revocation shows after that at the latest.
 */
@Path("credentials/status/{list}")
public class StatusListsResource {

    @Inject
    CertificateCredentials credentials;

    @Inject
    PublicUrl publicUrl;

    @GET
    @PermitAll
    @Produces(CertificatesResource.CREDENTIAL)
    public Response list(@PathParam("list") String list) {
        if (!list.matches("[1-9][0-9]{0,8}")) {
            throw new NotFoundException();
        }
        var json =
                credentials.statusList(Integer.parseInt(list), publicUrl.base()).orElseThrow(NotFoundException::new);
        return Response.ok(json).header("Cache-Control", "public, max-age=300").build();
    }
}
