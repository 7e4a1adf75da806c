package org.attune.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Every field a certificate prints, frozen at its creation. The licences (those the learner
 * marked to print, as they print: "California BBS LMFT licence 12345; Licence 998") and profession may be null; so may the
 * content revisions (the modules and the revision of each the learner completed) of certificates made before
 * modules had revisions.
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
        String contentRevisions)
        implements Serializable {}
