package org.attune.ce;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fixed vocabulary of CE subject categories a course counts toward and renewal rules ask hours in: ids as
 * {@code course.yaml} writes them, with the words a clinician reads. A board's own category is mapped onto one of
 * these by its renewal rule.
 */
public final class CeCategories {

    public static final String GENERAL = "general";
    public static final String LAW_AND_ETHICS = "law-and-ethics";

    private static final Map<String, String> LABELS = labels();

    private CeCategories() {}

    private static Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put(GENERAL, "General");
        labels.put(LAW_AND_ETHICS, "Law and ethics");
        labels.put("ethics", "Ethics");
        labels.put("suicide-prevention", "Suicide assessment and prevention");
        labels.put("cultural-competence", "Cultural competence and diversity");
        labels.put("supervision", "Clinical supervision");
        labels.put("substance-use", "Substance use and addiction");
        labels.put("domestic-violence", "Domestic and intimate partner violence");
        labels.put("child-abuse", "Child abuse assessment and reporting");
        labels.put("aging", "Aging and long-term care");
        labels.put("telehealth", "Telehealth");
        labels.put("pain-management", "Pain management");
        return Collections.unmodifiableMap(labels);
    }

    /** Every category id. */
    public static Set<String> ids() {
        return LABELS.keySet();
    }

    public static boolean isKnown(String id) {
        return LABELS.containsKey(id);
    }

    /** The clinician's words for a category id; the id itself if it is not one. */
    public static String label(String id) {
        return LABELS.getOrDefault(id, id);
    }
}
