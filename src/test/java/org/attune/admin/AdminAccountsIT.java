package org.attune.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.attune.account.AccountService;
import org.attune.account.Role;
import org.attune.account.SignInView;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEditing;
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

/** Admins manage people: search, roles, deactivation; nobody else may. */
@ExtendWith(ArquillianExtension.class)
class AdminAccountsIT {

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
    UserTransaction tx;

    @Inject
    CatalogService catalog;

    @Inject
    CourseEditing teaching;

    @Test
    void aDeactivatedAccountCannotSignInOrStaySignedInAndComesBackWhenReactivated() throws Exception {
        var email = Clinicians.newEmail();
        var session = new PageClient(app);
        Clinicians.signUp(session, "Devi Patel", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();

        accounts.administer(id, EnumSet.of(Role.clinician), false);

        assertThat(session.page("").select(".who"))
                .as("the open session is signed out")
                .isEmpty();
        var refused = Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD);
        assertThat(refused.select(".ui-messages-error").text()).isEqualTo(SignInView.FAILED);
        assertThat(accounts.find(id)).as("the records stay").isPresent();

        accounts.administer(id, EnumSet.of(Role.clinician), true);

        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who")
                        .text())
                .isEqualTo("Devi Patel");
    }

    @Test
    void aNewRoleTakesEffectAtTheNextSignIn() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Ines Moreau", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var before = new PageClient(app);
        Clinicians.signIn(before, email, Clinicians.PASSWORD);
        assertThat(before.get("accommodations").statusCode()).isEqualTo(403);

        accounts.administer(id, EnumSet.of(Role.clinician, Role.instructor), true);
        Clinicians.giveSecondFactor(accounts, email);

        var after = new PageClient(app);
        Clinicians.signIn(after, email, Clinicians.PASSWORD);
        assertThat(after.get("accommodations").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminFindsPeopleByNameOrEmailAndSeesTheirRecord() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Yusuf Findable", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();

        assertThat(accounts.search("yusuf findable", 0, 10))
                .extracting(a -> a.getEmail())
                .contains(email);
        assertThat(accounts.search(email.toUpperCase().substring(0, 20), 0, 10)).isNotEmpty();
        assertThat(accounts.count("no-such-person-anywhere")).isZero();

        var admin = Clinicians.signedInAdmin(accounts, app);
        assertThat(admin.page("admin/accounts").select("h1").text()).isEqualTo("People");
        var record = admin.page("admin/account/" + id);
        assertThat(record.select("h1").text()).isEqualTo("Yusuf Findable");
        assertThat(record.select(".granted-table").text()).contains("0 of");
    }

    @Test
    void anAdminAssignsAnInstructorToCoursesAndTheRecordShowsIt() throws Exception {
        var slug = fixtures.course("taught", "auto", false, 1, null).slug();
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Teo Teacher", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();

        accounts.administer(id, EnumSet.of(Role.instructor), true);
        teaching.assignTeaching(id, Set.of(slug));

        assertThat(catalog.coursesTaughtBy(id)).containsExactly(slug);
        var record = Clinicians.signedInAdmin(accounts, app).page("admin/account/" + id);
        assertThat(record.select("[id=account:teaching] input[checked]").eachAttr("value"))
                .containsExactly(slug);

        teaching.assignTeaching(id, Set.of());
        assertThat(catalog.coursesTaughtBy(id)).isEmpty();
    }

    @Test
    void theLastActiveAdminCanBeNeitherDemotedNorDeactivated() throws Exception {
        var email = Clinicians.newEmail();
        accounts.ensureAdmin(email, "Last Admin", Clinicians.PASSWORD.toCharArray());
        long last = accounts.findByEmail(email).orElseThrow().getId();
        // Every other admin steps down inside a transaction that is rolled back, so no other test sees it.
        record Change(EnumSet<Role> roles, boolean active) {}
        var demoted = new Change(EnumSet.of(Role.clinician), true);
        var deactivated = new Change(EnumSet.of(Role.admin), false);
        for (var change : List.of(demoted, deactivated)) {
            tx.begin();
            try {
                for (var other : accounts.search("", 0, 100_000)) {
                    if (other.getId() != last
                            && other.isActive()
                            && other.getRoles().contains(Role.admin)) {
                        accounts.administer(other.getId(), EnumSet.of(Role.clinician), true);
                    }
                }
                Assertions.assertThatThrownBy(() -> accounts.administer(last, change.roles(), change.active()))
                        .hasMessageContaining("only active admin");
            } finally {
                tx.rollback();
            }
        }
        assertThat(accounts.find(last).orElseThrow().getRoles()).contains(Role.admin);
    }

    @Test
    void aClinicianCannotManagePeople() throws Exception {
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Curious Clinician", Clinicians.newEmail());

        assertThat(clinician.get("admin/accounts").statusCode()).isEqualTo(403);
        assertThat(clinician.get("admin/account/1").statusCode()).isEqualTo(403);
        assertThat(clinician
                        .postForm("admin/account/1", Map.of("account:save", ""))
                        .statusCode())
                .isEqualTo(403);
    }
}
