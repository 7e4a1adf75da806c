package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import org.attune.content.CourseReader;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleLibrary;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a visitor sees of the catalog, over HTTP from the running server, for the modules in {@code modules/}. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void theCatalogNamesEveryModuleWithItsCeHoursAndLessonCount() throws Exception {
        var page = new PageClient(app).page("");

        var modules = ModuleLibrary.read(Path.of("modules")).modules();
        assertThat(modules).isNotEmpty();
        for (ModuleDefinition module : modules) {
            var card = page.select(".module-card:has(a[href$=/modules/" + module.slug() + "])");
            assertThat(card).as(module.slug()).hasSize(1);
            assertThat(card.select("h3").text()).isEqualTo(module.title());
            assertThat(card.select(".facts").text())
                    .contains(module.ceHours().stripTrailingZeros().toPlainString() + " CE hours")
                    .contains(module.lessons().size() + " lessons");
        }
    }

    @Test
    void theCatalogNamesTheCourseAndSaysWhatItIsNot() throws Exception {
        var course = CourseReader.read(Path.of("modules", "course.yaml"));

        var page = new PageClient(app).page("");

        var section = page.select("section.course:has(.course-title:containsOwn(" + course.title() + "))");
        assertThat(section).hasSize(1);
        assertThat(section.select(".scope-note").text()).isEqualTo(course.scopeNote());
        assertThat(section.attr("id"))
                .as("the anchor a certificate's credential names the course by")
                .isEqualTo("course-" + course.slug());
    }

    @Test
    void aModulePageShowsItsObjectivesAndLessonsToAVisitor() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);

        var page = new PageClient(app).page("modules/" + module.slug());

        assertThat(page.select("h1").text()).isEqualTo(module.title());
        assertThat(page.select(".objectives li").eachText()).isEqualTo(module.objectives());
        assertThat(page.select(".lesson-list li").size())
                .isEqualTo(module.lessons().size());
        assertThat(page.select(".progress-panel").text()).contains("Sign up");
    }

    @Test
    void anUnknownModuleIsNotFound() throws Exception {
        var response = new PageClient(app).get("modules/no-such-module");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }
}
