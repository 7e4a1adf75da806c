package org.attune.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A {@link CertificateApproval} as a row of {@code certificate_approval}: written once with its certificate. */
@Embeddable
class ApprovalRow {

    @Column(nullable = false, length = 40)
    private String body;

    @Column(name = "body_name", nullable = false, length = 200)
    private String bodyName;

    @Column(nullable = false, length = 100)
    private String number;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(length = 100)
    private String format;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal credits;

    @Column(nullable = false, length = 2000)
    private String statement;

    protected ApprovalRow() {}

    ApprovalRow(CertificateApproval approval) {
        body = approval.body();
        bodyName = approval.bodyName();
        number = approval.number();
        validFrom = approval.validFrom();
        validTo = approval.validTo();
        format = approval.format();
        credits = approval.credits();
        statement = approval.statement();
    }

    CertificateApproval approval() {
        return new CertificateApproval(body, bodyName, number, validFrom, validTo, format, credits, statement);
    }
}
