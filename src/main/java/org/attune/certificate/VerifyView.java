package org.attune.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** The public verification page ({@code /verify/{code}}), for boards, employers and anyone holding the paper. */
@Named
@RequestScoped
public class VerifyView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_ES =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Texts.SPANISH);

    @Inject
    CertificateService certificates;

    @Inject
    @Param(pathIndex = 0)
    String code;

    private Verification verification;

    public void load() throws IOException {
        verification = certificates.verify(code).orElse(null);
        if (verification == null) {
            Faces.responseSendError(404, "No certificate has this code.");
        }
    }

    public Verification getVerification() {
        return verification;
    }

    public String getCompleted() {
        return (Texts.current().equals(Texts.SPANISH) ? DATE_ES : DATE).format(verification.completedOn());
    }

    public String getRevoked() {
        return Dates.format(verification.revokedAt());
    }
}
