package org.attune.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.web.Dates;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** One certificate for admins ({@code /admin/certificate/{code}}): what it prints, and its audit trail. */
@Named
@RequestScoped
public class AdminCertificateView {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentAccount me;

    @Inject
    @Param(pathIndex = 0)
    String code;

    private Certificate certificate;
    private List<CertificateEvent> history;

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Certificates are managed by admins.");
            return;
        }
        certificate = certificates.find(code).orElse(null);
        if (certificate == null) {
            Faces.responseSendError(404, "No certificate has this code.");
            return;
        }
        history = certificates.history(certificate.getCode());
    }

    public String when(CertificateEvent event) {
        return Dates.format(event.getOccurredAt());
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public List<CertificateEvent> getHistory() {
        return history;
    }
}
