package org.attune.testing;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.attune.account.TestAccounts;
import org.attune.content.TestModules;
import org.attune.quiz.TestQuizzes;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;

/**
 * The application as integration tests deploy it: the very WAR the build produced (path in the system property
 * {@code attune.war}, set by Failsafe), deployed at {@code /attune}, plus the test helpers an in-container test
 * needs, and the SMTP server mail is delivered to ({@link Mailbox}).
 */
public final class Deployments {

    private Deployments() {}

    /**
     * The application, with the jars of the given classes' libraries too, for in-container tests that read what the
     * application wrote with a library of their own (a PDF text reader, a QR decoder).
     */
    public static WebArchive app(Class<?>... librariesOf) {
        var war = new File(System.getProperty("attune.war", "target/attune.war"));
        var archive = ShrinkWrap.create(ZipImporter.class, "attune.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addPackage(Deployments.class.getPackage())
                .addClasses(TestModules.class, TestQuizzes.class, TestAccounts.class)
                .addAsLibraries(jarOf(Jsoup.class), jarOf(Assertions.class), jarOf(GreenMail.class));
        for (var library : librariesOf) {
            archive.addAsLibraries(jarOf(library));
        }
        return archive.setWebXML(new StringAsset(letArquillianThrough(archive)));
    }

    /** The jar a test library's class came from, so that in-container tests can use the library too. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Clean addresses send every address without an extension to a page; the servlet through which Arquillian
     * runs in-container tests has such an address, and so do the test helpers' servlets under /testing
     * ({@link SessionAging}), so the test deployment excludes them as the app excludes /api.
     */
    private static String letArquillianThrough(WebArchive archive) {
        try (var in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            var webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var patched = webXml.replace(
                    "!/api</param-value>", "!/api, !/ArquillianServletRunnerEE9, !/testing</param-value>");
            if (patched.equals(webXml)) {
                throw new IllegalStateException("web.xml no longer excludes /api from FacesViews as expected");
            }
            // StatementsPerRequest sees each request before the application's own filters do, and after them.
            int filters = patched.indexOf("<filter>");
            int mappings = patched.indexOf("<filter-mapping>");
            return patched.substring(0, filters)
                    + "<filter><filter-name>StatementsPerRequest</filter-name><filter-class>"
                    + StatementsPerRequest.class.getName() + "</filter-class></filter>\n    "
                    + patched.substring(filters, mappings)
                    + "<filter-mapping><filter-name>StatementsPerRequest</filter-name><url-pattern>/*</url-pattern>"
                    + "</filter-mapping>\n    "
                    + patched.substring(mappings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
