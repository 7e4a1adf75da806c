package org.attune.xapi;

import java.util.Objects;

/**
 * What a statement is about: one of Attune's pages, by its stable address under the public URL (the statement's
 * activity id), with ADL's activity type and the title learners see.
 */
public record Activity(String id, String type, String name) {

    static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String MODULE = "http://adlnet.gov/expapi/activities/module";
    static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String COURSE = "http://adlnet.gov/expapi/activities/course";

    public Activity {
        Objects.requireNonNull(id, "An activity id is required.");
        Objects.requireNonNull(name, "An activity name is required.");
    }

    static Activity lesson(String base, String module, String lesson, String title) {
        return new Activity(base + "/learn/" + module + "/" + lesson, LESSON, title);
    }

    static Activity module(String base, String module, String title) {
        return new Activity(base + "/modules/" + module, MODULE, title);
    }

    static Activity postTest(String base, String module, String moduleTitle) {
        return new Activity(base + "/quiz/" + module, ASSESSMENT, "Post-test: " + moduleTitle);
    }

    static Activity course(String base, String course, String title) {
        return new Activity(base + "/#course-" + course, COURSE, title);
    }

    /** A certificate's page is where anyone verifies it; ADL's vocabulary has no type for a certificate. */
    static Activity certificate(String base, String code, String courseTitle) {
        return new Activity(base + "/verify/" + code, null, "Certificate: " + courseTitle);
    }
}
