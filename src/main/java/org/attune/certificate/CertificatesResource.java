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
import java.nio.charset.StandardCharsets;
import org.attune.account.AccountService;

/**
 * {@code GET /api/certificates/{code}}: public verification as JSON (404 for any code it does not know, with
 * the same body whatever was typed); {@code GET /api/certificates/{code}/pdf}: the PDF, its verifiable credential
 * attached, and {@code GET /api/certificates/{code}/credential}: the credential alone (Open Badges 3.0, JSON-LD),
 * both for its learner and admins only (anyone else gets the same 404 as for an unknown code).
 */
@Path("certificates/{code}")
public class CertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    @Inject
    CertificateCredentials credentials;

    /** A Verifiable Credential, in the media type the W3C Verifiable Credentials Data Model 2.0 registers. */
    static final String CREDENTIAL = "application/vc";

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
        var certificate = own(code, security);
        var pdf = credentials
                .of(certificate)
                .map(json -> CertificatePdf.render(certificate, json.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> CertificatePdf.render(certificate));
        return download(pdf, certificate, ".pdf");
    }

    @GET
    @Path("credential")
    @Produces(CREDENTIAL)
    public Response credential(@PathParam("code") String code, @Context SecurityContext security) {
        var certificate = own(code, security);
        var json = credentials.of(certificate).orElseThrow(NotFoundException::new);
        return download(json.getBytes(StandardCharsets.UTF_8), certificate, ".credential.json");
    }

    /** The certificate, if the caller is its learner or an admin; the unknown code's 404 otherwise. */
    private Certificate own(String code, SecurityContext security) {
        var caller = security.getUserPrincipal() == null
                ? null
                : accounts.findByEmail(security.getUserPrincipal().getName()).orElse(null);
        return certificates
                .find(code)
                .filter(c -> caller != null && (c.getAccountId() == caller.getId() || security.isUserInRole("admin")))
                .orElseThrow(NotFoundException::new);
    }

    private static Response download(byte[] body, Certificate certificate, String suffix) {
        return Response.ok(body)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"attune-certificate-" + certificate.getCode() + suffix + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
