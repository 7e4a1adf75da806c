package org.attune.catalog;

import java.io.Serializable;

/**
 * One lesson as a learner reads it: its sanitized HTML, its module, and its neighbours for previous and next
 * (null at either end).
 */
public record LessonPage(
        ModuleOutline module, LessonOutline lesson, String html, LessonOutline previous, LessonOutline next)
        implements Serializable {}
