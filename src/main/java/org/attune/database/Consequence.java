package org.attune.database;

import java.util.Set;

/**
 * What follows a recorded fact, run from the {@link Outbox} after the fact's transaction committed: a CDI bean of
 * the feature whose work it is (module completion, the certificate claim; later mail, grades, statements). Each
 * topic is followed by exactly one consequence. {@link #follow} runs in a transaction of its own that also marks
 * the row done, so it either happens with the row done or not at all; and since a row may run again (a node died
 * between the two, a retry), running it twice must change nothing.
 */
public interface Consequence {

    /** The topics whose rows this consequence follows. */
    Set<String> topics();

    /** Does what follows the fact the payload names; throws to have the row retried later. */
    void follow(Payload payload);
}
