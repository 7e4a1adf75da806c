package org.attune.learner;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.attune.account.CurrentAccount;

/**
 * {@code GET /api/me/data}: the signed-in person's own data ({@link MyData}) as a JSON file to download. There is no
 * way to ask for anyone else's: the account is the session's.
 */
@Path("me/data")
public class MyDataResource {

    @Inject
    CurrentAccount me;

    @Inject
    MyData data;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response download() {
        long accountId = me.id().orElseThrow(() -> new NotAuthorizedException("Sign in to download your data."));
        return Response.ok(data.of(accountId).toString())
                .header("Content-Disposition", "attachment; filename=\"attune-my-data.json\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
