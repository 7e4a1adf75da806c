package org.attune.keys;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.web.PublicUrl;

/**
 * The issuer's DID document ({@code did:web}), public: every key ever made as a Multikey verification method for
 * assertion, retired ones too, so that a credential signed before a rotation still verifies. Served at {@code
 * /.well-known/did.json} (where a did:web of a bare host resolves) and at {@code /did.json} (where it resolves when
 * Attune's address has a path). Its DID is that of the public address certificates link to ({@link PublicUrl}),
 * never one taken from the request. Cacheable for five minutes: a rotation's new key is never needed sooner than a
 * credential it signed reaches a verifier.
 */
@WebServlet(urlPatterns = {"/.well-known/did.json", "/did.json"})
public class ControllerDocument extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IssuerKeys keys;

    @Inject
    transient PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var body = of(Issuer.did(publicUrl.base()), keys.all()).toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/did+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The DID document of these keys. */
    public static JsonObject of(String did, List<IssuerKey> keys) {
        var methods = Json.createArrayBuilder();
        var assertion = Json.createArrayBuilder();
        for (var key : keys) {
            var id = Issuer.verificationMethod(did, key.keyId());
            methods.add(Json.createObjectBuilder()
                    .add("id", id)
                    .add("type", "Multikey")
                    .add("controller", did)
                    .add("publicKeyMultibase", key.publicKeyMultibase()));
            assertion.add(id);
        }
        return Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createArrayBuilder()
                                .add("https://www.w3.org/ns/did/v1")
                                .add("https://w3id.org/security/multikey/v1"))
                .add("id", did)
                .add("verificationMethod", methods)
                .add("assertionMethod", assertion)
                .build();
    }
}
