package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Spanish bundles have the same keys, every pattern is one ICU can format, and every key the pages
 * and the Java code name is in them: {@code #{msg['k']}}, {@code #{texts.get('k', ...)}}, {@code Texts.text(...,
 * "k", ...)}, a refusal made with a key ({@code new QuizRefusal("quiz.closed", ...)}) and a Bean Validation message
 * ({@code message = "{account.name.required}"}).
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/attune/web");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z0-9_-]+)+");

    private static final Pattern PAGE_MSG = Pattern.compile("msg\\[\\s*'([^']+)'\\s*]");
    private static final Pattern PAGE_TEXTS = Pattern.compile("texts\\.get\\(\\s*'([^']+)'");
    private static final Pattern JAVA_TEXTS = Pattern.compile("\\bTexts\\.text\\(");
    private static final Pattern JAVA_REFUSAL = Pattern.compile("\\bnew\\s+\\w*Refusal\\s*\\(");
    private static final Pattern JAVA_VALIDATION = Pattern.compile("\\bmessage\\s*=\\s*\\u0001(\\d+)\\u0002");

    static Properties bundle(String name) {
        return load(BUNDLES.resolve(name));
    }

    /** Attune's own Bean Validation messages, beside those Hibernate Validator ships, at the class path's root. */
    static Properties validationBundle(String name) {
        return load(Path.of("src/main/resources").resolve(name));
    }

    private static Properties load(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }

    static Set<String> keys(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() {
        var english = keys(bundle("messages.properties"));
        var spanish = keys(bundle("messages_es.properties"));
        assertThat(difference(english, spanish))
                .as("keys in English, missing in Spanish")
                .isEmpty();
        assertThat(difference(spanish, english))
                .as("keys in Spanish, missing in English")
                .isEmpty();
    }

    @Test
    void everyPatternIsOneIcuCanFormat() {
        var broken = new ArrayList<String>();
        check(bundle("messages.properties"), Locale.ENGLISH, broken);
        check(bundle("messages_es.properties"), Texts.SPANISH, broken);
        assertThat(broken).isEmpty();
    }

    @Test
    void everyKeyThePagesAndTheCodeNameIsInTheBundle() {
        var known = keys(bundle("messages.properties"));
        known.retainAll(keys(bundle("messages_es.properties")));
        var missing = new TreeSet<String>();
        for (var page : SourceFiles.pages()) {
            var text = SourceFiles.read(page);
            for (var pattern : List.of(PAGE_MSG, PAGE_TEXTS)) {
                var matcher = pattern.matcher(text);
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + page + ")");
                    }
                }
            }
        }
        for (var file : SourceFiles.javaSources()) {
            var java = SourceFiles.Java.of(SourceFiles.read(file));
            for (var key : namedKeys(java)) {
                if (!known.contains(key)) {
                    missing.add(key + " (" + file + ")");
                }
            }
        }
        assertThat(missing).as("keys used but in neither or only one bundle").isEmpty();
    }

    @Test
    void attunesOwnValidationMessagesAreInBothLanguages() {
        var english = keys(validationBundle("ValidationMessages.properties"));
        var spanish = keys(validationBundle("ValidationMessages_es.properties"));
        assertThat(difference(english, spanish)).isEmpty();
        assertThat(difference(spanish, english)).isEmpty();
        var missing = new TreeSet<String>();
        for (var file : SourceFiles.javaSources()) {
            var java = SourceFiles.Java.of(SourceFiles.read(file));
            var matcher = JAVA_VALIDATION.matcher(java.code());
            while (matcher.find()) {
                var message = java.literals().get(Integer.parseInt(matcher.group(1)));
                if (message.startsWith("{") && message.endsWith("}")) {
                    var key = message.substring(1, message.length() - 1);
                    if (!key.startsWith("jakarta.validation.") && !english.contains(key)) {
                        missing.add(key + " (" + file + ")");
                    }
                }
            }
        }
        assertThat(missing)
                .as("Bean Validation message keys in no ValidationMessages bundle")
                .isEmpty();
    }

    /** The keys a Java source names: Texts.text's key argument and a refusal's first argument, when literal. */
    static List<String> namedKeys(SourceFiles.Java java) {
        var keys = new ArrayList<String>();
        var texts = JAVA_TEXTS.matcher(java.code());
        while (texts.find()) {
            var arguments = java.arguments(texts.end() - 1);
            for (int i = 0; i < Math.min(2, arguments.size()); i++) {
                var literals = java.literalsOutsideCalls(arguments.get(i));
                if (literals.size() == 1 && KEY.matcher(literals.get(0)).matches()) {
                    keys.add(literals.get(0));
                    break;
                }
            }
        }
        var refusals = JAVA_REFUSAL.matcher(java.code());
        while (refusals.find()) {
            var arguments = java.arguments(refusals.end() - 1);
            if (!arguments.isEmpty()) {
                var literals = java.literalsOutsideCalls(arguments.get(0));
                if (literals.size() == 1 && KEY.matcher(literals.get(0)).matches()) {
                    keys.add(literals.get(0));
                }
            }
        }
        return keys;
    }

    private static void check(Properties bundle, Locale locale, List<String> broken) {
        for (var key : bundle.stringPropertyNames()) {
            try {
                new MessageFormat(bundle.getProperty(key), locale);
            } catch (IllegalArgumentException e) {
                broken.add(key + " (" + locale + "): " + e.getMessage());
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
