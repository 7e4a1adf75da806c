package org.attune.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How long drawing one certificate PDF takes, and how large it is: warmed up, then timed one by one. Not a test
 * (timings do not belong in the suite); run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.attune.certificate.CertificateBenchmark -Dexec.classpathScope=test}.
 */
public final class CertificateBenchmark {

    public static void main(String[] args) {
        var snapshot = new Snapshot(
                "course",
                "Dr. Maya Lindqvist",
                "LPC 004512",
                "Licensed professional counselor",
                "Attachment, Attunement and Trauma-Informed Care",
                new BigDecimal("3.75"),
                LocalDate.of(2026, 11, 23),
                "Attune Continuing Education",
                "Attune Continuing Education maintains responsibility for this program and its content.",
                "Attune Continuing Education",
                "https://attune.example.org/verify/7KQ2-M9XD-4TRE-HW3P",
                "Foundations of attachment, revision 2; The neurobiology of attachment, revision 1");
        byte[] pdf = null;
        for (int i = 0; i < 300; i++) {
            pdf = CertificatePdf.render(snapshot, "7KQ2-M9XD-4TRE-HW3P", LocalDate.of(2026, 11, 23));
        }
        int runs = 500;
        var millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            CertificatePdf.render(snapshot, "7KQ2-M9XD-4TRE-HW3P", LocalDate.of(2026, 11, 23));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "Certificate PDF: p50 %.1f ms, p95 %.1f ms over %d renders; %d bytes%n",
                millis[runs / 2], millis[runs * 95 / 100], runs, pdf.length);
    }
}
