package org.attune.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser journey that runs on every database: a {@link Journey} (repeated alike) that is not tagged
 * {@value Journey#TAG}, so that CI's PostgreSQL pass, which leaves the other journeys out, still walks one whole
 * path through a real browser on PostgreSQL.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(Journey.Repetitions.class)
@interface SmokeJourney {}
