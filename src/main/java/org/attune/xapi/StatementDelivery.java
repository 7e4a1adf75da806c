package org.attune.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import org.attune.database.Consequence;
import org.attune.database.DatabaseClock;
import org.attune.database.Payload;

/**
 * Sends a queued statement to the learning record store, with every other statement not yet sent, as one batch (up
 * to {@link #BATCH}): so when several are due, one POST carries them, and the rows of the others then find theirs
 * sent and do nothing. The statements sent are locked while they are, so two servers never send the same ones at
 * once; they are marked sent only when the store has them, in the transaction that marks the row done. A store that
 * is down, or refuses, throws: the row is retried with the outbox's back-off, and nothing is marked sent. Should the
 * transaction fail after the store took the batch, the retry sends the same statements with the same ids, which the
 * store recognises: a batch it refuses for a known id (409) is sent again one statement at a time, each under its
 * id, and a known one is taken as sent. With no store configured any more, the statement waits unsent.
 */
@ApplicationScoped
public class StatementDelivery implements Consequence {

    /** The outbox topic; the payload names the statement. */
    static final String TOPIC = "xapi-statement";

    /** Statements in one POST at most. */
    static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Lrs lrs;

    @Inject
    LrsClient client;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    @Transactional
    public void follow(Payload payload) {
        var config = lrs.config();
        var statement = em.find(XapiStatement.class, payload.text("statement"), LockModeType.PESSIMISTIC_WRITE);
        if (config.isEmpty() || statement == null || statement.isSent()) {
            return;
        }
        var batch = new ArrayList<XapiStatement>();
        batch.add(statement);
        em.createNamedQuery("XapiStatement.unsent", XapiStatement.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultStream()
                .filter(other -> !other.getId().equals(statement.getId()))
                .limit(BATCH - 1)
                .forEach(batch::add);
        var answer = client.post(
                config.get(), batch.stream().map(XapiStatement::getBody).toList());
        if (answer == LrsClient.Answer.CONFLICT) {
            for (var each : batch) {
                client.put(config.get(), each.getId(), each.getBody());
            }
        }
        var now = Instant.now(clock);
        batch.forEach(each -> each.sent(now));
    }
}
