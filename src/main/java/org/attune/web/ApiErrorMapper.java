package org.attune.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a JSON {@link ApiError}: the status the failure asks for, or 500 for
 * anything unexpected, which is logged here and described to the caller only in general terms.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        int status;
        String message;
        if (failure instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            message = switch (status) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address answers in JSON only.";
                default ->
                    Response.Status.fromStatusCode(status) == null
                            ? "The request failed."
                            : Response.Status.fromStatusCode(status).getReasonPhrase();
            };
        } else {
            LOG.log(Level.SEVERE, "API call failed", failure);
            status = 500;
            message = "Something went wrong on our side. Please try again later.";
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status, message))
                .build();
    }
}
