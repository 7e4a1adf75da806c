package org.attune.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/modules}: the published modules, in catalog order. Public. */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    CatalogService catalog;

    @GET
    @PermitAll
    public List<ModuleSummary> list() {
        return catalog.publishedModules();
    }
}
