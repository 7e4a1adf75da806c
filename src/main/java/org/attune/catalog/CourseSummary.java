package org.attune.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A course as the catalog lists it: what it is, what it is not, its CE hours (its modules' sum) and its modules. */
public record CourseSummary(
        String slug, String title, String summary, String scopeNote, BigDecimal ceHours, List<ModuleSummary> modules)
        implements Serializable {}
