package org.attune.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/** A published module as the catalog and {@code GET /api/modules} list it. */
public record ModuleSummary(String slug, String title, String summary, BigDecimal ceHours, int lessonCount)
        implements Serializable {}
