package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What admins do with certificates: manual issue, the audit trail, search, CSV and zip exports. */
@ExtendWith(ArquillianExtension.class)
class CertificateAdminIT {

    private static final String BASE = "https://attune.example.org";
    private static final String ADMIN = "admin@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogService catalog;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateSearch certificateSearch;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    AccountService accounts;

    @Test
    void anAdminIssuesOneManuallyWithAReasonAndEveryActionIsInItsHistory() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        long learner = fixtures.learner("Kai Brennan");

        var issued =
                lifecycle.issueManually(learner, course, "Attended the in-person workshop on 12 Nov.", ADMIN, BASE);
        assertThat(issued.getStatus()).isEqualTo(CertificateStatus.ISSUED);
        assertThatThrownBy(() -> lifecycle.issueManually(learner, course, "Again", ADMIN, BASE))
                .hasMessageContaining("already has a certificate");
        assertThatThrownBy(() -> lifecycle.issueManually(fixtures.learner(" x"), course, " ", ADMIN, BASE))
                .hasMessageContaining("needs a reason");

        var replacement = lifecycle.reissue(issued.getCode(), BASE, ADMIN);
        lifecycle.revoke(replacement.getCode(), "Duplicate record.", ADMIN);

        assertThat(certificates.history(issued.getCode()))
                .extracting(e -> e.getAction().name() + " by " + e.getActor() + ": " + e.getReason())
                .containsExactly(
                        "ISSUED_MANUALLY by " + ADMIN + ": Attended the in-person workshop on 12 Nov.",
                        "SUPERSEDED by " + ADMIN + ": Replaced by " + replacement.getCode());
        assertThat(certificates.history(replacement.getCode()))
                .extracting(e -> e.getAction().name())
                .containsExactly("REISSUED", "REVOKED");
    }

    @Test
    void searchFindsByCourseStatusAndNameOrCode() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        var first = lifecycle.issueManually(fixtures.learner("Aroha Tane"), course, "Workshop", ADMIN, BASE);
        var second = lifecycle.issueManually(fixtures.learner("Bilal Haddad"), course, "Workshop", ADMIN, BASE);
        lifecycle.revoke(second.getCode(), "Issued in error.", ADMIN);

        var inCourse = new CertificateSearch.Criteria(course, null, null, null, null, true);
        assertThat(certificateSearch.count(inCourse)).isEqualTo(2);
        assertThat(certificateSearch.search(
                        new CertificateSearch.Criteria(course, CertificateStatus.REVOKED, null, null, null, true),
                        0,
                        10))
                .extracting(Certificate::getCode)
                .containsExactly(second.getCode());
        assertThat(certificateSearch.search(
                        new CertificateSearch.Criteria(null, null, null, null, "aroha", true), 0, 10))
                .extracting(Certificate::getCode)
                .contains(first.getCode());
        assertThat(certificateSearch.search(
                        new CertificateSearch.Criteria(
                                null,
                                null,
                                null,
                                null,
                                first.getCode().substring(5, 9).toLowerCase(),
                                true),
                        0,
                        10))
                .extracting(Certificate::getCode)
                .contains(first.getCode());
        assertThat(certificateSearch.search(inCourse, 1, 1)).hasSize(1);
        assertThat(certificateSearch.search(inCourse, 0, 10, "learner", false))
                .extracting(c -> c.snapshot().learnerName())
                .containsExactly("Aroha Tane", "Bilal Haddad");
        assertThat(certificateSearch.search(inCourse, 0, 10, "learner", true))
                .extracting(c -> c.snapshot().learnerName())
                .containsExactly("Bilal Haddad", "Aroha Tane");
    }

    @Test
    void theCsvExportHasLicenceNumbersAndCannotCarryAFormula() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        var code = lifecycle
                .issueManually(fixtures.learner("@HYPERLINK(\"http://evil\")"), course, "Workshop", ADMIN, BASE)
                .getCode();
        var admin = admin();

        var csv = admin.get("api/admin/certificates.csv?course=" + course);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).startsWith("code,status,learner"));
        var row = csv.body().lines().filter(l -> l.startsWith(code)).findFirst().orElseThrow();
        assertThat(row).contains("LPC 7781").contains("\"'@HYPERLINK(\"\"http://evil\"\")\"");
    }

    @Test
    void theZipHoldsEveryIssuedCertificateOfTheCourse() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        lifecycle.issueManually(fixtures.learner("Ana Lima"), course, "Workshop", ADMIN, BASE);
        lifecycle.issueManually(fixtures.learner("Ben Ode"), course, "Workshop", ADMIN, BASE);

        var zip = admin().getBytes("api/admin/certificates.zip?course=" + course);

        assertThat(zip.statusCode()).isEqualTo(200);
        var names = new ArrayList<String>();
        try (var entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(entries.readNBytes(5))).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(2).anySatisfy(n -> assertThat(n).endsWith("Ana Lima.pdf"));
    }

    @Test
    void aClinicianReachesNoAdminPageOrExport() throws Exception {
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Cleo Clinician", Clinicians.newEmail());

        assertThat(clinician.get("admin/certificates").statusCode()).isEqualTo(403);
        assertThat(clinician
                        .postForm("admin/certificates", Map.of("certificates:approveSelected", ""))
                        .statusCode())
                .isEqualTo(403);
        assertThat(clinician.get("api/admin/certificates.csv").statusCode()).isEqualTo(403);
        assertThat(clinician.get("api/admin/certificates.zip?course=x").statusCode())
                .isEqualTo(403);
        assertThat(new PageClient(app).get("api/admin/certificates.csv").statusCode())
                .as("a visitor is asked to sign in")
                .isEqualTo(401);
    }

    private PageClient admin() throws Exception {
        return Clinicians.signedInAdmin(accounts, app);
    }
}
