package org.attune.certificate;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;

/**
 * Exports for a board's audit, admins only: {@code GET /api/admin/certificates.csv} (optionally one course and one
 * status; licence numbers included) and {@code GET /api/admin/certificates.zip?course=} (every issued certificate of
 * a course as PDFs).
 */
@Path("admin")
public class AdminCertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @GET
    @Path("certificates.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(
            @QueryParam("course") String course,
            @QueryParam("status") String status,
            @Context SecurityContext security) {
        requireAdmin(security);
        var search = new CertificateService.Search(
                course,
                status == null || status.isBlank() ? null : CertificateStatus.valueOf(status),
                null,
                null,
                null,
                true);
        var found = certificates.search(search, 0, Integer.MAX_VALUE);
        Map<Long, String> emails = accounts.emailsOf(
                found.stream().map(Certificate::getAccountId).distinct().toList());
        var csv = new StringBuilder("code,status,learner,email,profession,licence,course,ce_hours,completed_on,"
                + "issued_at,revoked_at,revocation_reason,superseded_by\r\n");
        for (var c : found) {
            var s = c.snapshot();
            csv.append(Csv.row(
                    c.getCode(),
                    c.getStatus().name().toLowerCase(),
                    s.learnerName(),
                    emails.get(c.getAccountId()),
                    s.profession(),
                    s.licenceNumber(),
                    s.courseTitle(),
                    s.ceHours().toPlainString(),
                    s.completedOn().toString(),
                    String.valueOf(c.getIssuedAt()),
                    c.getRevokedAt() == null ? "" : c.getRevokedAt().toString(),
                    c.getRevocationReason(),
                    c.getSupersededBy()));
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"attune-certificates.csv\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("certificates.zip")
    @Produces("application/zip")
    public Response zip(@QueryParam("course") String course, @Context SecurityContext security) {
        requireAdmin(security);
        if (course == null || catalog.course(course).isEmpty()) {
            throw new NotFoundException();
        }
        var issued = certificates.search(
                new CertificateService.Search(course, CertificateStatus.ISSUED, null, null, null, true),
                0,
                Integer.MAX_VALUE);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var certificate : issued) {
                var entry = new ZipEntry(certificate.getCode() + " "
                        + certificate.snapshot().learnerName().replaceAll("[^\\p{L}\\p{N} .'-]", "") + ".pdf");
                zip.putNextEntry(entry);
                zip.write(CertificatePdf.render(certificate));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(bytes.toByteArray())
                .header("Content-Disposition", "attachment; filename=\"" + course + "-certificates.zip\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static void requireAdmin(SecurityContext security) {
        if (security.getUserPrincipal() == null || !security.isUserInRole("admin")) {
            throw new ForbiddenException();
        }
    }

    /** CSV cells: quoted when needed, and never read as a formula by a spreadsheet. */
    static final class Csv {

        private Csv() {}

        static String row(String... cells) {
            return java.util.Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
        }

        static String cell(String value) {
            if (value == null || value.equals("null")) {
                return "";
            }
            var text = value;
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            return text;
        }
    }
}
