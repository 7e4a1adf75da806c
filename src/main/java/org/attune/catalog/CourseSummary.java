package org.attune.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.attune.content.CourseDisclosures;

/**
 * A course as the catalog lists it: what it is, what it is not, its CE hours (its modules' sum), its modules, and
 * what boards ask it to disclose (authors and their credentials, conflicts of interest, commercial support).
 */
public record CourseSummary(
        String slug,
        String title,
        String summary,
        String scopeNote,
        BigDecimal ceHours,
        List<ModuleSummary> modules,
        CourseDisclosures disclosures)
        implements Serializable {

    public CourseSummary {
        disclosures = disclosures == null ? CourseDisclosures.NONE : disclosures;
    }
}
