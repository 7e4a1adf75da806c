package org.attune.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Every field a certificate prints, frozen at its creation. Licence number and profession may be null. */
public record Snapshot(
        String courseSlug,
        String learnerName,
        String licenceNumber,
        String profession,
        String courseTitle,
        BigDecimal ceHours,
        LocalDate completedOn,
        String provider,
        String approvalStatement,
        String issuer,
        String verifyUrl)
        implements Serializable {}
