package org.attune.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-LD document loader of every credential: it serves only the contexts bundled in the WAR (taken from their
 * npm packages by the build) and refuses any other URL with an error that names it. It never goes to the network,
 * so what a credential means cannot change under it and a document cannot make the server fetch anything.
 */
public final class Contexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";
    public static final String DID_V1 = "https://www.w3.org/ns/did/v1";

    private static final String FOLDER = "/org/attune/credential/contexts/";

    private static final Contexts BUNDLED = new Contexts(Map.of(
            CREDENTIALS_V2, FOLDER + "credentials-v2.jsonld",
            OPEN_BADGES_V3, FOLDER + "open-badges-3.0.3.json",
            DATA_INTEGRITY_V2, FOLDER + "data-integrity-v2.jsonld",
            MULTIKEY_V1, FOLDER + "multikey-v1.jsonld",
            DID_V1, FOLDER + "did-v1.jsonld"));

    private final Map<String, String> resources;
    private final Map<String, Document> loaded = new ConcurrentHashMap<>();

    private Contexts(Map<String, String> resources) {
        this.resources = Map.copyOf(resources);
    }

    /** The contexts Attune's credentials use. */
    public static Contexts bundled() {
        return BUNDLED;
    }

    /** These contexts and one more, read from a classpath resource (for documents from elsewhere, say a test). */
    public Contexts with(String url, String resource) {
        var more = new HashMap<>(resources);
        more.put(url, resource);
        return new Contexts(more);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        var resource = resources.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "The JSON-LD context " + url + " is not one Attune bundles, and none is fetched.");
        }
        var document = loaded.get(resource);
        if (document == null) {
            document = read(url, resource);
            loaded.put(resource, document);
        }
        return document;
    }

    private static Document read(URI url, String resource) throws JsonLdError {
        try (var in = Contexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new JsonLdError(
                        JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "The bundled JSON-LD context " + url + " is missing from the WAR (" + resource + ").");
            }
            var document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "Could not read " + resource, e);
        }
    }
}
