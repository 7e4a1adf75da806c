package org.attune.certificate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One approval a certificate was issued under, frozen with it: the body (its profile id, e.g. {@code apa}) and its
 * name, the approval number, the approval's period and format, the credits by that body's rule and its statement
 * fully filled in, exactly as the certificate prints them.
 */
public record CertificateApproval(
        String body,
        String bodyName,
        String number,
        LocalDate validFrom,
        LocalDate validTo,
        String format,
        BigDecimal credits,
        String statement)
        implements Serializable {

    public CertificateApproval {
        Objects.requireNonNull(body, "An approval names its body.");
        Objects.requireNonNull(bodyName, "An approval names its body's name.");
        Objects.requireNonNull(number, "An approval has its number.");
        Objects.requireNonNull(credits, "An approval has its credits.");
        Objects.requireNonNull(statement, "An approval has its statement.");
    }
}
