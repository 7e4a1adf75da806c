package org.attune.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
    public Response zip(@PathParam("id") long id, @Context SecurityContext security) {
        if (!security.isUserInRole("admin")) {
            throw new ForbiddenException("Only admins download audit packs.");
        }
        var found = packs.find(id);
        if (found.isEmpty()) {
            return error(Response.Status.NOT_FOUND, "There is no audit pack " + id + ".");
        }
        var pack = found.get();
        switch (pack.getState()) {
            case READY:
                break;
            case EXPIRED:
                return error(
                        Response.Status.NOT_FOUND,
                        "Audit pack " + id + " was kept " + AuditPacks.KEPT.toDays()
                                + " days and is gone; ask for it again.");
            case FAILED:
                return error(Response.Status.CONFLICT, "Audit pack " + id + " failed: " + pack.getError());
            default:
                return error(
                        Response.Status.CONFLICT, "Audit pack " + id + " is not ready yet: " + pack.getStep() + ".");
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

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status.getStatusCode(), message))
                .build();
    }
}
