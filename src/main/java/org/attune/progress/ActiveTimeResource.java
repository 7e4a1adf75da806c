package org.attune.progress;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;

/**
 * {@code POST /api/progress/time}: the lesson page reports, every 15 seconds while it is visible and the learner
 * active, the seconds just spent. Signed-in learners only; the custom header keeps other sites from reporting on a
 * learner's behalf (a cross-site form cannot send it).
 */
@Path("progress/time")
public class ActiveTimeResource {

    @Inject
    ProgressService progress;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @POST
    public Response report(
            @FormParam("lessonId") long lessonId,
            @FormParam("seconds") int seconds,
            @HeaderParam("X-Attune-Heartbeat") String heartbeat,
            @Context SecurityContext security) {
        if (heartbeat == null) {
            throw new WebApplicationException(Response.Status.FORBIDDEN);
        }
        var caller = security.getUserPrincipal() == null
                ? null
                : accounts.findByEmail(security.getUserPrincipal().getName()).orElse(null);
        if (caller == null) {
            throw new WebApplicationException(Response.Status.UNAUTHORIZED);
        }
        if (!catalog.lessonExists(lessonId)) {
            throw new NotFoundException();
        }
        progress.recordActiveTime(caller.getId(), lessonId, seconds);
        return Response.noContent().build();
    }
}
