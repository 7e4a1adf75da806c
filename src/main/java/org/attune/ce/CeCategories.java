package org.attune.ce;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attune.web.Texts;

/**
 * The fixed vocabulary of CE subject categories a course counts toward and renewal rules ask hours in: ids as
 * {@code course.yaml} writes them, with the words a clinician reads. A board's own category is mapped onto one of
 * these by its renewal rule.
 */
public final class CeCategories {

    public static final String GENERAL = "general";
    public static final String LAW_AND_ETHICS = "law-and-ethics";

    /** The ids in the order lists show them; each one's words are the key {@code transcript.category.<id>}. */
    private static final Set<String> IDS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            GENERAL,
            LAW_AND_ETHICS,
            "ethics",
            "suicide-prevention",
            "cultural-competence",
            "supervision",
            "substance-use",
            "domestic-violence",
            "child-abuse",
            "aging",
            "telehealth",
            "pain-management")));

    private CeCategories() {}

    /** Every category id. */
    public static Set<String> ids() {
        return IDS;
    }

    public static boolean isKnown(String id) {
        return IDS.contains(id);
    }

    /** The clinician's words for a category id, in English; the id itself if it is not one. */
    public static String label(String id) {
        return label(Texts.ENGLISH, id);
    }

    /** The clinician's words for a category id in {@code language} (key {@code transcript.category.<id>}). */
    public static String label(Locale language, String id) {
        return isKnown(id) ? Texts.text(language, "transcript.category." + id) : id;
    }
}
