package org.attune.web;

import com.ibm.icu.text.MessageFormat;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word Attune shows a person, in the person's language: the messages bundle ({@code
 * org/attune/web/messages*.properties}) read with ICU's message format, so plural forms follow CLDR's rules ("1 hour",
 * "2 hours", "1,5 horas") and numbers and dates follow the locale. Patterns with arguments use ICU syntax ({@code {0,
 * plural, one {# hour} other {# hours}}}); a key that is missing shows as {@code ???key???} so a test can find it.
 */
public final class Texts {

    public static final String BUNDLE = "org.attune.web.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es-US");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private Texts() {}

    /** The text of {@code key} in {@code locale}, with {@code args} put in its pattern. */
    public static String text(Locale locale, String key, Object... args) {
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, Texts.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException missing) {
            return "???" + key + "???";
        }
        return args.length == 0 && pattern.indexOf('{') < 0
                ? pattern
                : new MessageFormat(pattern, language).format(args);
    }

    /** The text of {@code key} in the language of the page being rendered (English outside a page). */
    public static String text(String key, Object... args) {
        return text(current(), key, args);
    }

    /** The text of a refusal in {@code locale}. */
    public static String text(Locale locale, Refusal refusal) {
        return text(locale, refusal.key(), refusal.args());
    }

    /** The language of the page being rendered, or English outside a Faces request. */
    public static Locale current() {
        FacesContext faces;
        try {
            faces = FacesContext.getCurrentInstance();
        } catch (LinkageError | IllegalStateException noFaces) {
            // Plain unit tests and tools run without a Faces implementation on the class path.
            return ENGLISH;
        }
        if (faces == null || faces.getViewRoot() == null) {
            return ENGLISH;
        }
        return supported(faces.getViewRoot().getLocale());
    }

    /** The supported language closest to {@code locale}: Spanish for any Spanish, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }
}
