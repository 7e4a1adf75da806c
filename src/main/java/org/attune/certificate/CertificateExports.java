package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.account.AccountService;

/**
 * The admins' exports, written as they are read: a page of certificates at a time, each page read in a short
 * transaction of its own (by id, after the last one written), and written out before the next is read; PDFs are
 * drawn outside any transaction. However many certificates there are, an export holds one page in memory and no
 * transaction longer than one page's read. A certificate that cannot be drawn does not stop a zip: it is logged,
 * named in the zip's ERRORS.txt, and the others follow.
 */
@ApplicationScoped
public class CertificateExports {

    private static final Logger LOG = Logger.getLogger(CertificateExports.class.getName());

    /** Certificates read per transaction. */
    static final int PAGE_SIZE = 100;

    static final String CSV_HEADER = "code,status,learner,email,profession,licence,course,ce_hours,completed_on,"
            + "issued_at,revoked_at,revocation_reason,superseded_by\r\n";

    @Inject
    CertificateSearch certificates;

    @Inject
    AccountService accounts;

    @Inject
    CertificateCredentials credentials;

    /** Every certificate the search finds as one CSV row, licence numbers included, in the order they were made. */
    public void csv(CertificateSearch.Criteria search, OutputStream out) throws IOException {
        var csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(CSV_HEADER);
        forEachPage(search, page -> {
            var emails = accounts.emailsOf(
                    page.stream().map(Certificate::getAccountId).distinct().toList());
            for (var c : page) {
                var s = c.snapshot();
                csv.write(Csv.row(
                        c.getCode(),
                        c.getStatus().name().toLowerCase(),
                        s.learnerName(),
                        emails.get(c.getAccountId()),
                        s.profession(),
                        s.licences(),
                        s.courseTitle(),
                        s.ceHours().toPlainString(),
                        s.completedOn().toString(),
                        String.valueOf(c.getIssuedAt()),
                        c.getRevokedAt() == null ? "" : c.getRevokedAt().toString(),
                        c.getRevocationReason(),
                        c.getSupersededBy()));
            }
            csv.flush();
        });
        csv.flush();
    }

    /**
     * The PDF of every certificate the search finds, one zip entry each with its credential attached (made now for
     * a certificate that has none yet), and ERRORS.txt for any not drawn.
     */
    public void zip(CertificateSearch.Criteria search, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out);
        var notDrawn = new ArrayList<String>();
        forEachPage(search, page -> {
            for (var certificate : page) {
                byte[] pdf;
                try {
                    pdf = credentials
                            .of(certificate)
                            .map(json -> CertificatePdf.render(certificate, json.getBytes(StandardCharsets.UTF_8)))
                            .orElseGet(() -> CertificatePdf.render(certificate));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Certificate " + certificate.getCode() + " could not be drawn for a zip", e);
                    notDrawn.add(certificate.getCode() + "  "
                            + Lettering.printable(certificate.snapshot().learnerName()));
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entryName(certificate)));
                zip.write(pdf);
                zip.closeEntry();
            }
            zip.flush();
        });
        if (!notDrawn.isEmpty()) {
            zip.putNextEntry(new ZipEntry("ERRORS.txt"));
            zip.write(("These certificates could not be drawn, so they are not in this zip (the server's log says "
                            + "why); every other one is.\r\n\r\n" + String.join("\r\n", notDrawn) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static String entryName(Certificate certificate) {
        var name = Lettering.printable(certificate.snapshot().learnerName())
                .replaceAll("[^\\p{L}\\p{M}\\p{N} .'-]", "")
                .strip();
        return certificate.getCode() + (name.isEmpty() ? "" : " " + name) + ".pdf";
    }

    /** What an export does with one page of certificates. */
    private interface Page {
        void write(List<Certificate> certificates) throws IOException;
    }

    private void forEachPage(CertificateSearch.Criteria search, Page page) throws IOException {
        long after = 0;
        while (true) {
            var certificates = this.certificates.exportPage(search, after, PAGE_SIZE);
            if (certificates.isEmpty()) {
                return;
            }
            page.write(certificates);
            if (certificates.size() < PAGE_SIZE) {
                return;
            }
            after = certificates.get(certificates.size() - 1).id();
        }
    }

    /** CSV cells: quoted when needed, and never read as a formula by a spreadsheet. */
    static final class Csv {

        private Csv() {}

        static String row(String... cells) {
            return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
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
