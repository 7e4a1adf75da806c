package org.attune.learner;

import java.time.Period;
import java.util.logging.Logger;

/**
 * How long a closed account's CE records (name, licences, certificates with their audit trails) are kept before
 * they are erased: {@code ATTUNE_RECORDS_YEARS} whole years, 4 by default, as California's Board of Behavioral
 * Sciences asks of CE providers.
 */
public final class RecordKeeping {

    private static final Logger LOG = Logger.getLogger(RecordKeeping.class.getName());

    static final int DEFAULT_YEARS = 4;

    /** The retention period in years, as configured. */
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
