package org.attune.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.attune.account.AccountService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin whose browser asks for Spanish ({@code Accept-Language: es-US}) reads the staff pages in Spanish: their
 * headings, labels and buttons, and the messages that answer what they do; no English text of the staff area is
 * left in the page's content. The same pages without the header stay in English.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesInSpanishIT {

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

    @Test
    void anAdminReadsEveryStaffPageInSpanishAndNoEnglishOfTheStaffArea() throws Exception {
        var course = fixtures.course("auto");
        var admin = Clinicians.signedInAdmin(accounts, app);
        var clinician = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Sofía Ramírez", clinician);
        long id = accounts.findByEmail(clinician).orElseThrow().getId();

        var spanish = Map.of(
                "admin/accounts",
                List.of("Personas", "Nombre o correo electrónico", "Buscar", "Puede iniciar sesión"),
                "admin/account/" + id,
                List.of(
                        "Funciones e inicio de sesión",
                        "Verificación en dos pasos",
                        "Cerrar sesión en todos los dispositivos",
                        "profesional clínico",
                        "No está configurada (es opcional para profesionales clínicos)."),
                "admin/certificates",
                List.of("Buscar certificados", "Exportar como CSV", "Emitir un certificado manualmente"),
                "admin/audit",
                List.of("Paquetes de auditoría", "Solicitar un paquete", "Preparar el paquete de auditoría"),
                "admin/compliance",
                List.of("Cumplimiento", "Registrar una aprobación que tiene un curso"),
                "author",
                List.of("Autoría", "Nuevo curso", "Crear el curso", "Empezar un módulo", "Datos del curso"),
                "author/course/" + course.slug(),
                List.of("Datos del curso", "Guardar el curso", "Evaluación del curso", "Volver al área de autoría"),
                "author/module/" + course.module(),
                List.of(
                        "Los participantes ven la revisión 1",
                        "Editar en un borrador",
                        "Importar un zip",
                        "Revisiones publicadas",
                        "Exportar el examen final como QTI 3.0"),
                "author/stats/" + course.module(),
                List.of("Participantes y preguntas", "Tasa de aprobación"));
        var english = staffEnglish();
        for (var page : spanish.entrySet()) {
            var content = content(inSpanish(admin, page.getKey()));
            assertThat(content).as(page.getKey()).contains(page.getValue());
            assertThat(english.stream().filter(content::contains))
                    .as("English of the staff area left on " + page.getKey())
                    .isEmpty();
        }

        var inEnglish = content(admin.page("admin/accounts"));
        assertThat(inEnglish).contains("People", "Name or email").doesNotContain("Personas");
    }

    @Test
    void whatAStaffMemberDoesIsAnsweredInSpanish() throws Exception {
        var admin = Clinicians.signedInAdmin(accounts, app);
        var author = inSpanish(admin, "author");

        var refused = clickInSpanish(admin, author, "newCourse", "create", Map.of("title", " ", "summary", ""));

        assertThat(refused)
                .as("the form's message and the field's")
                .contains("Póngale un título al curso.", "Crear el curso")
                .doesNotContain("Give the course a title", "Create course");
    }

    /** Clicks a PrimeFaces AJAX button that updates its form, from a browser that asks for Spanish. */
    private String clickInSpanish(
            PageClient browser, Document page, String formId, String buttonId, Map<String, String> fields)
            throws IOException {
        var form = page.getElementById(formId);
        assertThat(form).isNotNull();
        var source = formId + ":" + buttonId;
        var params = PageClient.hiddenFields(page, form);
        fields.forEach((name, value) -> params.put(formId + ":" + name, value));
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", source);
        params.put("jakarta.faces.partial.execute", "@all");
        params.put("jakarta.faces.partial.render", formId);
        params.put(source, source);
        var body = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .header("Accept-Language", "es-US,es;q=0.9")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build())
                .body();
    }

    private Document inSpanish(PageClient browser, String path) throws IOException {
        var response = browser.send(HttpRequest.newBuilder(URI.create(app + path))
                .header("Accept-Language", "es-US,es;q=0.9")
                .GET()
                .build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** The page's own content (not the layout's header and footer), with the texts its attributes show. */
    private static String content(Document page) {
        var main = page.selectFirst("main");
        assertThat(main).isNotNull();
        var shown = new StringBuilder(main.text());
        for (var element : main.select("[title], [aria-label], [placeholder], [value]")) {
            for (var name : List.of("title", "aria-label", "placeholder")) {
                shown.append('\n').append(element.attr(name));
            }
            if (element.is("input[type=submit], input[type=button], button")) {
                shown.append('\n').append(element.attr("value"));
            }
        }
        return shown.toString();
    }

    /**
     * The English of every staff text (admin. and author. keys) of three words or more that Spanish says
     * differently, without its arguments: none of them may be left on a page in Spanish.
     */
    private static List<String> staffEnglish() throws IOException {
        var english = bundle("org/attune/web/messages.properties");
        var spanish = bundle("org/attune/web/messages_es.properties");
        return english.stringPropertyNames().stream()
                .filter(key -> key.startsWith("admin.") || key.startsWith("author."))
                .filter(key -> !english.getProperty(key).equals(spanish.getProperty(key)))
                .map(english::getProperty)
                .flatMap(text -> List.of(text.split("\\{[^}]*\\}|''")).stream())
                .map(String::strip)
                .filter(part -> part.split("\\s+").length >= 3)
                .distinct()
                .toList();
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = StaffPagesInSpanishIT.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
