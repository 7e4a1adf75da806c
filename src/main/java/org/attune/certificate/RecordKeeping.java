package org.attune.certificate;

import java.time.Period;
import java.util.logging.Logger;

/**
 * The operator's floor for how long CE records are kept: {@code ATTUNE_RECORDS_YEARS} whole years, 4 by default, as
 * California's Board of Behavioral Sciences asks of CE providers. No record is kept for less; a course whose
 * approving bodies or licensing boards ask for longer keeps its records longer ({@link RecordRetention}).
 */
public final class RecordKeeping {

    private static final Logger LOG = Logger.getLogger(RecordKeeping.class.getName());

    static final int DEFAULT_YEARS = 4;

    /** The floor of the retention period in years, as configured. */
    public static final int YEARS = years(System.getenv("ATTUNE_RECORDS_YEARS"));

    private RecordKeeping() {}

    static int years(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_YEARS;
        }
        try {
            int years = Integer.parseInt(configured.strip());
            if (years > 0) {
                return years;
            }
        } catch (NumberFormatException e) {
            // Reported below, as for a number that is not positive.
        }
        LOG.severe(() -> "ATTUNE_RECORDS_YEARS is '" + configured + "', not a whole number of years above 0: closed"
                + " accounts' records are kept " + DEFAULT_YEARS + " years");
        return DEFAULT_YEARS;
    }

    public static Period period() {
        return Period.ofYears(YEARS);
    }
}
