package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No word a person reads is written into a page or a Java message: it comes from the messages bundle. Fails on
 *
 * <ul>
 *   <li>a text node of an XHTML page, template or tag file with a letter outside EL ({@code #{...}});
 *   <li>a user-facing attribute ({@link #TEXT_ATTRIBUTES}, and {@code value} of the components that show it as
 *       text, {@link #VALUE_SHOWN}) with a letter outside EL;
 *   <li>a string literal with a letter given directly (not through a call such as {@code Texts.text(...)}) to
 *       {@code new FacesMessage(...)} or OmniFaces' {@code Messages.add...(...)};
 *   <li>a refusal ({@code new XRefusal(...)}) whose first argument is a literal that is not a key;
 *   <li>a Bean Validation {@code message = "..."} that is not a {@code {key}}.
 * </ul>
 *
 * <p>{@link #ALLOWED_WORDS} are words that are the same in every language (the brand). Files listed in {@code
 * src/test/resources/org/attune/web/not-yet-translated.txt} are skipped while the helpers translating them finish;
 * the list only shrinks: a listed file that has no literal text left fails the test until it is taken off.
 */
class LiteralTextTest {

    static final Set<String> ALLOWED_WORDS = Set.of("Attune");

    static final Set<String> TEXT_ATTRIBUTES = Set.of(
            "title",
            "label",
            "placeholder",
            "alt",
            "aria-label",
            "header",
            "footer",
            "emptymessage",
            "requiredmessage",
            "validatormessage",
            "convertermessage",
            "itemlabel",
            "summary",
            "message",
            "nodatatext",
            "noselectionlabel",
            "headertext",
            "footertext");

    /** Components whose {@code value} is shown as text (tag names lower-cased, as the XML parser keeps them). */
    static final Set<String> VALUE_SHOWN = Set.of(
            "h:commandbutton",
            "p:commandbutton",
            "h:commandlink",
            "p:commandlink",
            "h:button",
            "p:button",
            "p:linkbutton",
            "h:link",
            "h:outputtext",
            "h:outputlabel",
            "p:outputlabel",
            "h:outputformat",
            "p:tab",
            "p:panel",
            "p:fieldset",
            "p:menuitem",
            "p:submenu",
            "p:tag",
            "p:chip",
            "p:badge");

    private static final Path NOT_YET_TRANSLATED = Path.of("src/test/resources/org/attune/web/not-yet-translated.txt");
    private static final Pattern EL = Pattern.compile("[#$]\\{[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\\{[A-Za-z0-9_.-]+}");
    private static final Pattern FACES_MESSAGE = Pattern.compile("\\bnew\\s+FacesMessage\\s*\\(");
    private static final Pattern OMNIFACES_MESSAGES = Pattern.compile("\\bMessages\\.add(Flash)?(Global)?\\w*\\s*\\(");
    private static final Pattern REFUSAL = Pattern.compile("\\bnew\\s+\\w*Refusal\\s*\\(");
    private static final Pattern VALIDATION = Pattern.compile("\\bmessage\\s*=\\s*\\u0001(\\d+)\\u0002");

    @Test
    void noPageWritesTextOfItsOwn() {
        var skipped = notYetTranslated();
        var found = new ArrayList<String>();
        for (var page : SourceFiles.pages()) {
            if (!skipped.contains(page.toString())) {
                found.addAll(literalText(page));
            }
        }
        assertThat(found)
                .as("literal text in pages; use #{msg['key']} or #{texts.get('key', ...)}")
                .isEmpty();
    }

    @Test
    void noJavaMessageIsWrittenInEnglish() {
        var skipped = notYetTranslated();
        var found = new ArrayList<String>();
        for (var file : SourceFiles.javaSources()) {
            if (!skipped.contains(file.toString())) {
                found.addAll(literalMessages(file));
            }
        }
        assertThat(found)
                .as("literal messages in Java; use Texts.text(key, ...) or a refusal's key")
                .isEmpty();
    }

    @Test
    void theNotYetTranslatedListOnlyNamesFilesThatStillNeedIt() {
        var stale = new TreeSet<String>();
        for (var name : notYetTranslated()) {
            var file = Path.of(name);
            if (!Files.exists(file)
                    || (name.endsWith(".xhtml") ? literalText(file) : literalMessages(file)).isEmpty()) {
                stale.add(name);
            }
        }
        assertThat(stale).as("take these off " + NOT_YET_TRANSLATED).isEmpty();
    }

    @Test
    void theGuardFindsTextInAPageAndInJava(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        var page = dir.resolve("p.xhtml");
        Files.writeString(page, """
                <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces" xmlns:h="jakarta.faces.html">
                  <h1>#{msg['a.b']} · Attune</h1>
                  <p:commandButton value="Save" title="#{msg['a.c']}"/>
                  <h:inputText value="#{bean.name}" placeholder="Your name"/>
                  <p>Hello #{bean.name}</p>
                  <script>var x = "words";</script>
                </ui:composition>
                """);
        assertThat(literalText(page))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("Save"))
                .anySatisfy(line -> assertThat(line).contains("Your name"))
                .anySatisfy(line -> assertThat(line).contains("Hello"));
        var java = dir.resolve("J.java");
        Files.writeString(java, """
                class J {
                    @NotBlank(message = "Enter it.") String a;
                    @NotBlank(message = "{validation.a}") String b;
                    void m() throws Exception {
                        Messages.addGlobalInfo(Texts.text("a.b", "x"));
                        Messages.addGlobalInfo("Saved: " + a);
                        Messages.addError("form:a", Texts.text("a.b"));
                        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Wrong", null));
                        throw new AccountRefusal("That is not allowed.");
                    }
                    void n() throws Exception { throw new QuizRefusal("quiz.closed", 3); }
                }
                """);
        assertThat(literalMessages(java))
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("Enter it."))
                .anySatisfy(line -> assertThat(line).contains("Saved: "))
                .anySatisfy(line -> assertThat(line).contains("Wrong"))
                .anySatisfy(line -> assertThat(line).contains("That is not allowed."));
    }

    static List<String> literalText(Path page) {
        var found = new ArrayList<String>();
        var document = Jsoup.parse(SourceFiles.read(page), "", Parser.xmlParser());
        for (var element : document.getAllElements()) {
            var tag = element.tagName().toLowerCase();
            if (tag.equals("script") || tag.equals("style") || tag.equals("h:outputscript")) {
                continue;
            }
            for (var node : element.textNodes()) {
                if (hasWords(node.getWholeText())) {
                    found.add(page + ": text \"" + node.getWholeText().strip() + "\"");
                }
            }
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase();
                if ((TEXT_ATTRIBUTES.contains(name) || (name.equals("value") && shownAsText(element, tag)))
                        && hasWords(attribute.getValue())) {
                    found.add(page + ": <" + element.tagName() + " " + attribute.getKey() + "=\"" + attribute.getValue()
                            + "\">");
                }
            }
        }
        return found;
    }

    private static boolean shownAsText(Element element, String tag) {
        return VALUE_SHOWN.contains(tag)
                || (tag.equals("input") && Set.of("submit", "button", "reset").contains(element.attr("type")));
    }

    static boolean hasWords(String text) {
        var outsideEl = EL.matcher(text).replaceAll(" ");
        for (var word : ALLOWED_WORDS) {
            outsideEl = outsideEl.replace(word, " ");
        }
        return LETTER.matcher(outsideEl).find();
    }

    static List<String> literalMessages(Path file) {
        var found = new ArrayList<String>();
        var java = SourceFiles.Java.of(SourceFiles.read(file));
        var faces = FACES_MESSAGE.matcher(java.code());
        while (faces.find()) {
            for (var argument : java.arguments(faces.end() - 1)) {
                report(file, java, faces.start(), java.literalsOutsideCalls(argument), found);
            }
        }
        var omnifaces = OMNIFACES_MESSAGES.matcher(java.code());
        while (omnifaces.find()) {
            var arguments = java.arguments(omnifaces.end() - 1);
            // Messages.addError(clientId, message, params...): the first argument names a field, not text.
            int first = omnifaces.group(2) == null ? 1 : 0;
            for (int i = first; i < arguments.size(); i++) {
                report(file, java, omnifaces.start(), java.literalsOutsideCalls(arguments.get(i)), found);
            }
        }
        var refusals = REFUSAL.matcher(java.code());
        while (refusals.find()) {
            var arguments = java.arguments(refusals.end() - 1);
            if (!arguments.isEmpty()) {
                var literals = java.literalsOutsideCalls(arguments.get(0)).stream()
                        .filter(literal -> !KEY.matcher(literal).matches())
                        .toList();
                report(file, java, refusals.start(), literals, found);
            }
        }
        var validation = VALIDATION.matcher(java.code());
        while (validation.find()) {
            var message = java.literals().get(Integer.parseInt(validation.group(1)));
            if (!VALIDATION_KEY.matcher(message).matches()) {
                found.add(file + ":" + java.line(validation.start()) + ": message = \"" + message + "\"");
            }
        }
        return found;
    }

    private static void report(Path file, SourceFiles.Java java, int at, List<String> literals, List<String> found) {
        for (var literal : literals) {
            if (hasWords(literal)) {
                found.add(file + ":" + java.line(at) + ": \"" + literal + "\"");
            }
        }
    }

    static Set<String> notYetTranslated() {
        try {
            var names = new TreeSet<String>();
            for (var line : Files.readAllLines(NOT_YET_TRANSLATED, StandardCharsets.UTF_8)) {
                var name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
