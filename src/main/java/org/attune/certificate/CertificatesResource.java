package org.attune.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.attune.account.AccountService;

/**
 * {@code GET /api/certificates/{code}}: public verification as JSON (404 for any code it does not know, with
 * the same body whatever was typed); {@code GET /api/certificates/{code}/pdf}: the PDF, for its learner and admins
 * only (anyone else gets the same 404 as for an unknown code).
 */
@Path("certificates/{code}")
public class CertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Verification verify(@PathParam("code") String code) {
        return certificates.verify(code).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code, @Context SecurityContext security) {
        var caller = security.getUserPrincipal() == null
                ? null
                : accounts.findByEmail(security.getUserPrincipal().getName()).orElse(null);
        var certificate = certificates
                .find(code)
                .filter(c -> caller != null && (c.getAccountId() == caller.getId() || security.isUserInRole("admin")))
                .orElseThrow(NotFoundException::new);
        return Response.ok(CertificatePdf.render(certificate))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"attune-certificate-" + certificate.getCode() + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
