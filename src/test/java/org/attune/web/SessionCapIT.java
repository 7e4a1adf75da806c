package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cap on sessions in the heap (jboss-web.xml's max-active-sessions), as this WildFly applies Attune's descriptor
 * to a distributable application: beyond the cap nobody is refused, the sessions used least recently wait on disk
 * and work again when their owners come back, and no more than the cap stay in memory. Attune's own cap (20,000)
 * is too many to reach in a test on a shared server, so a small application carries Attune's jboss-web.xml with a
 * cap of 2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionCapIT {

    private static final Path DESCRIPTOR = Path.of("src/main/webapp/WEB-INF/jboss-web.xml");
    private static final String ATTUNES_CAP = "<max-active-sessions>20000</max-active-sessions>";

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        var descriptor = Files.readString(DESCRIPTOR);
        if (!descriptor.contains(ATTUNES_CAP)) {
            throw new IllegalStateException("jboss-web.xml no longer caps sessions at 20,000: " + DESCRIPTOR);
        }
        return ShrinkWrap.create(WebArchive.class, "capped.war")
                .addClass(Visits.class)
                .addAsWebInfResource(
                        new StringAsset(
                                descriptor.replace(ATTUNES_CAP, "<max-active-sessions>2</max-active-sessions>")),
                        "jboss-web.xml")
                .setWebXML(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <distributable/>
                        </web-app>
                        """));
    }

    @ArquillianResource
    URL app;

    @ArquillianResource
    ManagementClient management;

    @Test
    void sessionsBeyondTheCapWaitOnDiskAndWorkWhenTheirOwnersReturn() throws Exception {
        var people = new ArrayList<HttpClient>();
        for (int i = 0; i < 6; i++) {
            var person =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertThat(visit(person)).as("first visit of person " + i).isEqualTo("visit 1");
            people.add(person);
        }

        for (var person : people) {
            assertThat(visit(person)).as("their session, kept").isEqualTo("visit 2");
        }
        assertThat(activeSessions()).as("sessions in memory").isLessThanOrEqualTo(2);
    }

    private String visit(HttpClient person) throws Exception {
        return person.send(
                        HttpRequest.newBuilder(URI.create(app + "visits")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .strip();
    }

    private int activeSessions() throws IOException {
        var address = Operations.createAddress("deployment", "capped.war", "subsystem", "undertow");
        ModelNode result = management
                .getControllerClient()
                .execute(Operations.createReadAttributeOperation(address, "active-sessions"));
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        return Operations.readResult(result).asInt();
    }

    /** Counts a person's visits in their session. */
    @WebServlet("/visits")
    public static class Visits extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            var session = request.getSession();
            var visits = session.getAttribute("visits") instanceof Integer count ? count + 1 : 1;
            session.setAttribute("visits", visits);
            response.setContentType("text/plain");
            response.getWriter().println("visit " + visits);
        }
    }
}
