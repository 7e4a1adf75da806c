package org.attune.certificate;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attune.catalog.CatalogService;
import org.attune.web.ApiError;

/**
 * Exports for a board's audit, admins only, streamed as they are read (see {@link CertificateExports}):
 * {@code GET /api/admin/certificates.csv} (optionally one course and one status; licence numbers included) and
 * {@code GET /api/admin/certificates.zip?course=} (every issued certificate of a course as PDFs). A course or status
 * that does not exist is a 400 that says so, before anything is written.
 */
@Path("admin")
public class AdminCertificatesResource {

    @Inject
    CertificateExports exports;

    @Inject
    CatalogService catalog;

    @GET
    @Path("certificates.csv")
    @Produces({"text/csv; charset=UTF-8", MediaType.APPLICATION_JSON})
    public Response csv(
            @QueryParam("course") String course,
            @QueryParam("status") String status,
            @Context SecurityContext security,
            @Context HttpHeaders headers) {
        requireAdmin(security);
        var refusal = unknownCourse(course, headers).or(() -> unknownStatus(status, headers));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var search = new CertificateSearch.Criteria(blankToNull(course), status(status), null, null, null, true);
        StreamingOutput body = out -> exports.csv(search, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"attune-certificates.csv\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("certificates.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response zip(
            @QueryParam("course") String course, @Context SecurityContext security, @Context HttpHeaders headers) {
        requireAdmin(security);
        if (course == null || course.isBlank()) {
            return badRequest(headers, "api.certificates.nameCourse");
        }
        var refusal = unknownCourse(course, headers);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var search = new CertificateSearch.Criteria(course.strip(), CertificateStatus.ISSUED, null, null, null, true);
        StreamingOutput body = out -> exports.zip(search, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + course + "-certificates.zip\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private Optional<Response> unknownCourse(String course, HttpHeaders headers) {
        if (course == null || course.isBlank() || catalog.course(course.strip()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(badRequest(headers, "api.certificates.noCourse", shortened(course)));
    }

    private static Optional<Response> unknownStatus(String status, HttpHeaders headers) {
        if (status == null || status.isBlank() || status(status) != null) {
            return Optional.empty();
        }
        var known = Arrays.stream(CertificateStatus.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return Optional.of(badRequest(headers, "api.certificates.noStatus", shortened(status), known));
    }

    /** The status named in any case (the CSV prints them in lower case, the admin page's link in upper). */
    private static CertificateStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(CertificateStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElse(null);
    }

    private static Response badRequest(HttpHeaders headers, String key, Object... args) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(400, headers, key, args))
                .build();
    }

    /** What was typed, cut short, so that a refusal never repeats a page of it. */
    private static String shortened(String value) {
        var text = value.strip();
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireAdmin(SecurityContext security) {
        if (security.getUserPrincipal() == null || !security.isUserInRole("admin")) {
            throw new ForbiddenException();
        }
    }
}
