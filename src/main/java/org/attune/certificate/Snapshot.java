package org.attune.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.attune.web.Texts;

/**
 * Every field a certificate prints, frozen at its creation. The licences (those the learner
 * marked to print, as they print: "California BBS LMFT licence 12345; Licence 998") and profession may be null; so may the
 * content revisions (the modules and the revision of each the learner completed) of certificates made before
 * modules had revisions. The approvals are those the certificate was issued under, each with its body's statement
 * and credits; the categories the CE subject categories the course counted toward; the instructional minutes what
 * the credits were computed from. Certificates made before approvals existed hold none, no category and 0 minutes.
 * The language (a BCP 47 tag, {@code en} or {@code es-US}) is the one the certificate prints its fixed text in, the
 * learner's when it was issued; certificates made before there were two languages print in English.
 */
public record Snapshot(
        String courseSlug,
        String learnerName,
        String licences,
        String profession,
        String courseTitle,
        BigDecimal ceHours,
        LocalDate completedOn,
        String provider,
        String approvalStatement,
        String issuer,
        String verifyUrl,
        String contentRevisions,
        List<CertificateApproval> approvals,
        List<String> categories,
        int instructionalMinutes,
        String language)
        implements Serializable {

    public Snapshot {
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        categories = categories == null ? List.of() : List.copyOf(categories);
        language = language == null
                ? "en"
                : Texts.supported(Locale.forLanguageTag(language)).toLanguageTag();
    }

    /** A snapshot in English. */
    public Snapshot(
            String courseSlug,
            String learnerName,
            String licences,
            String profession,
            String courseTitle,
            BigDecimal ceHours,
            LocalDate completedOn,
            String provider,
            String approvalStatement,
            String issuer,
            String verifyUrl,
            String contentRevisions,
            List<CertificateApproval> approvals,
            List<String> categories,
            int instructionalMinutes) {
        this(
                courseSlug,
                learnerName,
                licences,
                profession,
                courseTitle,
                ceHours,
                completedOn,
                provider,
                approvalStatement,
                issuer,
                verifyUrl,
                contentRevisions,
                approvals,
                categories,
                instructionalMinutes,
                "en");
    }

    /** The same snapshot, printing in the locale's language. */
    public Snapshot in(Locale locale) {
        return new Snapshot(
                courseSlug,
                learnerName,
                licences,
                profession,
                courseTitle,
                ceHours,
                completedOn,
                provider,
                approvalStatement,
                issuer,
                verifyUrl,
                contentRevisions,
                approvals,
                categories,
                instructionalMinutes,
                Texts.supported(locale).toLanguageTag());
    }

    /** The language the certificate prints in. */
    public Locale locale() {
        return Texts.supported(Locale.forLanguageTag(language));
    }

    /** A snapshot without approvals, categories or instructional minutes. */
    public Snapshot(
            String courseSlug,
            String learnerName,
            String licences,
            String profession,
            String courseTitle,
            BigDecimal ceHours,
            LocalDate completedOn,
            String provider,
            String approvalStatement,
            String issuer,
            String verifyUrl,
            String contentRevisions) {
        this(
                courseSlug,
                learnerName,
                licences,
                profession,
                courseTitle,
                ceHours,
                completedOn,
                provider,
                approvalStatement,
                issuer,
                verifyUrl,
                contentRevisions,
                List.of(),
                List.of(),
                0);
    }
}
