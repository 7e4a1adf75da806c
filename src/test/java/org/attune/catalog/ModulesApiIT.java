package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
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

/** {@code GET /api/modules} and the API's errors, as a client program sees them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModulesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void listsEveryImportedModuleWithSlugTitleCeHoursAndLessonCount() throws Exception {
        var response = new PageClient(app).get("api/modules");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        var listed = Json.createReader(new StringReader(response.body())).readArray();
        for (var module : ModuleLibrary.read(Path.of("modules")).modules()) {
            var entry = listed.stream()
                    .map(JsonObject.class::cast)
                    .filter(o -> o.getString("slug").equals(module.slug()))
                    .findFirst();
            assertThat(entry).as(module.slug()).hasValueSatisfying(json -> {
                assertThat(json.getString("title")).isEqualTo(module.title());
                assertThat(json.getJsonNumber("ceHours").bigDecimalValue()).isEqualByComparingTo(module.ceHours());
                assertThat(json.getInt("lessonCount"))
                        .isEqualTo(module.lessons().size());
            });
        }
    }

    @Test
    void anUnknownAddressAnswersWithAJsonError() throws Exception {
        var response = new PageClient(app).get("api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        var error = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(error.getInt("status")).isEqualTo(404);
        assertThat(error.getString("error")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
