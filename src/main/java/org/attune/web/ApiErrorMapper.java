package org.attune.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a JSON {@link ApiError} in the request's language: the status the failure
 * asks for, or 500 for anything unexpected, which is logged here and described to the caller only in general terms.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    /** The statuses the bundle words ({@code api.status.NNN}); English says any other by its reason phrase. */
    private static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 429, 503);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        var locale = ApiError.language(headers);
        int status;
        String message;
        if (failure instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            var reason = Response.Status.fromStatusCode(status);
            if (WORDED.contains(status)) {
                message = Texts.text(locale, "api.status." + status);
            } else if (reason != null && Texts.ENGLISH.equals(locale)) {
                message = reason.getReasonPhrase();
            } else {
                message = Texts.text(locale, "api.failed");
            }
        } else {
            LOG.log(Level.SEVERE, "API call failed", failure);
            status = 500;
            message = Texts.text(locale, "api.unexpected");
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status, message))
                .build();
    }
}
