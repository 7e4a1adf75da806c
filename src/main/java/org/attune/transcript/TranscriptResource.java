package org.attune.transcript;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.attune.account.CurrentAccount;
import org.attune.web.ApiError;

/**
 * The signed-in clinician's transcript to download: {@code GET /api/me/transcript/pdf} and {@code /csv}, and the
 * certificate PDF uploaded for one of their entries from elsewhere, {@code GET /api/me/transcript/entries/{id}/file}
 * (another account's entry, or one without a file, is the same 404 as one that does not exist). There is no way to
 * ask for anyone else's: the account is the session's.
 */
@Path("me/transcript")
public class TranscriptResource {

    @Inject
    CurrentAccount me;

    @Inject
    Transcripts transcripts;

    @Inject
    CeEntries entries;

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@Context HttpHeaders headers) {
        return download(
                TranscriptPdf.of(transcripts.of(account()), ApiError.language(headers)), "attune-ce-transcript.pdf");
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@Context HttpHeaders headers) {
        return download(
                TranscriptCsv.of(transcripts.of(account()), ApiError.language(headers)), "attune-ce-transcript.csv");
    }

    @GET
    @Path("entries/{id}/file")
    @Produces("application/pdf")
    public Response file(@PathParam("id") long id) {
        var file = entries.file(account(), id).orElseThrow(NotFoundException::new);
        return download(file.content(), "ce-certificate-" + id + ".pdf");
    }

    private long account() {
        return me.id().orElseThrow(() -> new NotAuthorizedException("Sign in to download your transcript."));
    }

    private static Response download(byte[] body, String name) {
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
