package org.attune.xapi;

/**
 * The xAPI verbs Attune reports, by their registered IRIs: ADL's vocabulary (the ADL Vocabulary, adlnet.gov/expapi/
 * verbs, the verbs xAPI 1.0.3 itself uses in its examples) for all but the certificate, and for that the DoD
 * Instructional Systems Design profile's {@code earned} (w3id.org/xapi/dod-isd, published on the ADL xAPI profile
 * server), since ADL's own vocabulary has no verb for being awarded something.
 */
public enum Verb {
    EXPERIENCED("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
    ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "failed"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
    EARNED("https://w3id.org/xapi/dod-isd/verbs/earned", "earned");

    private final String iri;
    private final String display;

    Verb(String iri, String display) {
        this.iri = iri;
        this.display = display;
    }

    public String iri() {
        return iri;
    }

    public String display() {
        return display;
    }
}
