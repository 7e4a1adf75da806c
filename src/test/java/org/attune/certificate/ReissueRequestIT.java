package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.attune.account.AccountService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A learner asks for a corrected reissue on My certificates; an admin approves it (the usual reissue, with the
 * learner's current details) or declines it with a reason the learner reads. Nothing changes on the learner's word
 * alone.
 */
@ExtendWith(ArquillianExtension.class)
class ReissueRequestIT {

    private static final String BASE = "https://attune.example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    ReissueRequests requests;

    @Test
    void aLearnerAsksAfterCorrectingTheirNameAndAnAdminsApprovalReissuesItWithTheCorrectedName() throws Exception {
        var learner = new PageClient(app);
        var email = Clinicians.newEmail();
        var code = learnerWithCertificate(learner, "Mia Wong", email);
        learner.submit(
                learner.page("account"),
                "details",
                Map.of("fullName", "Mia Wong-Hart", "profession", ""),
                "saveDetails");

        var asked = ask(learner, code, "I married and changed my surname.");

        assertThat(asked.select(".ui-messages-info").text()).contains("an admin will reissue the certificate");
        assertThat(asked.select("li.certificate .correction").text()).contains("an admin will look at it soon");
        var held = certificates.find(code).orElseThrow();
        assertThat(held.getStatus()).as("unchanged until an admin acts").isEqualTo(CertificateStatus.ISSUED);
        assertThat(held.snapshot().learnerName()).isEqualTo("Mia Wong");

        var admin = Clinicians.signedInAdmin(accounts, app);
        assertThat(admin.page("admin/certificates").select(".corrections").text())
                .contains(code)
                .contains("I married and changed my surname.");
        var page = admin.page("admin/certificate/" + code);
        assertThat(page.select(".correction-request dd").first().text()).isEqualTo("Mia Wong-Hart");
        var decided = admin.submit(page, "correction", Map.of(), "approve");

        assertThat(decided.select(".ui-messages-info").text()).contains("Reissued as");
        var old = certificates.find(code).orElseThrow();
        assertThat(old.getStatus()).isEqualTo(CertificateStatus.SUPERSEDED);
        var replacement = certificates.find(old.getSupersededBy()).orElseThrow();
        assertThat(replacement.snapshot().learnerName()).isEqualTo("Mia Wong-Hart");
        assertThat(certificates.history(code))
                .extracting(e -> e.getAction() + " by " + e.getActor())
                .contains("REISSUE_REQUESTED by " + email);
        assertThat(learner.page("certificates")
                        .select("li.certificate .correction")
                        .text())
                .contains("it was reissued as " + replacement.getCode());
        assertThat(requests.open(code)).isEmpty();
    }

    @Test
    void anAdminDeclinesWithAReasonTheLearnerReadsAndTheCertificateStaysAsItWas() throws Exception {
        var learner = new PageClient(app);
        var code = learnerWithCertificate(learner, "Leo Brandt", Clinicians.newEmail());
        ask(learner, code, "");
        var admin = Clinicians.signedInAdmin(accounts, app);
        var page = admin.page("admin/certificate/" + code);

        var refused = admin.submit(page, "correction", Map.of("declineReason", " "), "decline");
        assertThat(refused.select(".ui-messages-error").text()).isEqualTo("Give the learner a reason for declining.");
        admin.submit(
                refused,
                "correction",
                Map.of("declineReason", "Your name on the certificate matches your licence."),
                "decline");

        assertThat(certificates.find(code).orElseThrow().getStatus()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(learner.page("certificates")
                        .select("li.certificate .correction")
                        .text())
                .contains("it was declined: Your name on the certificate matches your licence.");
        assertThat(certificates.history(code))
                .extracting(e -> e.getAction() + ": " + e.getReason())
                .contains("REISSUE_DECLINED: Your name on the certificate matches your licence.");
    }

    @Test
    void nobodyAsksAboutAnotherPersonsCertificateAndOneRequestIsOpenAtATime() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        long owner = fixtures.learner("Ida Owner");
        long other = fixtures.learner("Oz Other");
        var code = lifecycle
                .issueManually(owner, course, "In person.", "admin@example.org", BASE)
                .getCode();

        assertThatThrownBy(() -> requests.request(other, code, "mine now"))
                .isInstanceOf(CertificateRefusal.class)
                .hasMessage("You have no certificate with this code.");
        requests.request(owner, code, null);
        assertThatThrownBy(() -> requests.request(owner, code, "again"))
                .isInstanceOf(CertificateRefusal.class)
                .hasMessageContaining("already asked");
        assertThat(requests.open()).extracting(ReissueRequest::getCertificate).contains(code);
    }

    private String learnerWithCertificate(PageClient learner, String name, String email) throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        Clinicians.signUp(learner, name, email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        return lifecycle
                .issueManually(id, course, "In person.", "admin@example.org", BASE)
                .getCode();
    }

    private static Document ask(PageClient learner, String code, String note) throws Exception {
        return learner.submit(
                learner.page("certificates"), "correction", Map.of("code_input", code, "note", note), "ask");
    }
}
