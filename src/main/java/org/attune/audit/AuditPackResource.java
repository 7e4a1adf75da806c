package org.attune.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.attune.web.ApiError;

/**
 * The download of a ready audit pack, admins only: {@code GET /api/admin/audit-packs/{id}.zip}, streamed part by part
 * from the database (each part read in a transaction of its own), so any server of the cluster serves it. A pack
 * that is not ready says where it is (409); one that does not exist, or whose zip has expired, is a 404 that says so.
 */
@Path("admin/audit-packs")
public class AuditPackResource {

    @Inject
    AuditPacks packs;

    @GET
    @Path("{id}.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response zip(@PathParam("id") long id, @Context SecurityContext security, @Context HttpHeaders headers) {
        if (!security.isUserInRole("admin")) {
            throw new ForbiddenException("Only admins download audit packs.");
        }
        var found = packs.find(id);
        if (found.isEmpty()) {
            return error(Response.Status.NOT_FOUND, ApiError.of(404, headers, "api.audit.none", String.valueOf(id)));
        }
        var pack = found.get();
        switch (pack.getState()) {
            case READY:
                break;
            case EXPIRED:
                return error(
                        Response.Status.NOT_FOUND,
                        ApiError.of(404, headers, "api.audit.expired", String.valueOf(id), AuditPacks.KEPT.toDays()));
            case FAILED:
                return error(
                        Response.Status.CONFLICT,
                        ApiError.of(409, headers, "api.audit.failed", String.valueOf(id), pack.getError()));
            default:
                return error(
                        Response.Status.CONFLICT,
                        ApiError.of(409, headers, "api.audit.notReady", String.valueOf(id), pack.getStep()));
        }
        StreamingOutput body = out -> {
            for (int seq = 0; ; seq++) {
                var part = packs.part(id, seq);
                if (part.isEmpty()) {
                    return;
                }
                out.write(part.get());
            }
        };
        return Response.ok(body, "application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + pack.range().fileName() + "\"")
                .header("Content-Length", pack.getSizeBytes())
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static Response error(Response.Status status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(error)
                .build();
    }
}
