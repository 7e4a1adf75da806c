package org.attune.progress;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Map;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.web.ApiError;

/**
 * {@code POST /api/progress/time}: the lesson page reports, every 15 seconds while it is visible and the learner
 * active, the seconds just spent, with the token the page was served with ({@link LessonToken}). Signed-in learners
 * only, for a lesson page served to them; the custom header keeps other sites from reporting on a learner's behalf
 * (a cross-site form cannot send it). Answers the learner's seconds on the lesson so far and a renewed token.
 */
@Path("progress/time")
public class ActiveTimeResource {

    @Inject
    ProgressService progress;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    LessonTokens tokens;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(
            @FormParam("lessonId") long lessonId,
            @FormParam("seconds") int seconds,
            @FormParam("token") String token,
            @HeaderParam("X-Attune-Heartbeat") String heartbeat,
            @Context SecurityContext security,
            @Context HttpHeaders headers) {
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
        Instant servedAt;
        try {
            servedAt = tokens.issuedAt(token, caller.getId(), lessonId);
        } catch (LessonTokens.Refused refused) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(403, headers, refused))
                    .build();
        }
        int total = progress.recordActiveTime(caller.getId(), lessonId, seconds, servedAt);
        return Response.ok(Map.of("seconds", total, "token", tokens.issue(caller.getId(), lessonId)))
                .build();
    }
}
