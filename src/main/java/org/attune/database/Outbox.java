package org.attune.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Consequences to run after a fact is recorded: a service records the fact and, in the same transaction, a row
 * here naming its topic; once that transaction commits, the request that recorded it runs the row at once
 * ({@link OutboxRunner}), and a sweep on one server at a time ({@link OutboxSweep}) runs rows that are due and were
 * not run (the server died first, or the consequence failed and waits for its retry). A row is done once, by one
 * server, and its {@link Consequence} changes nothing when run again, so a fact is followed exactly once in effect.
 */
@ApplicationScoped
public class Outbox {

    /** How long the request that recorded a row has to run it before a sweep may take it over. */
    static final Duration OWNERS_TURN = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Recorded> recorded;

    @Inject
    Event<Fact> facts;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** A row was recorded in the current transaction: its request runs it once the transaction has committed. */
    record Recorded(long id) {}

    /**
     * A fact was recorded in the current transaction (fired as its row is, within the transaction): what a feature
     * keeps in a cache of the facts it reads hears of it here, and drops that entry once the transaction commits.
     */
    public record Fact(String topic, Payload payload) {}

    /**
     * Records that the topic's consequence must follow, in the caller's transaction (there must be one: the row
     * stands or falls with the fact). A key already recorded under the topic records nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String topic, String key, Payload payload) {
        if (find(topic, key).isPresent()) {
            return;
        }
        var entry = new OutboxEntry(topic, key, payload, Instant.now(clock), OWNERS_TURN);
        em.persist(entry);
        recorded.fire(new Recorded(entry.getId()));
        facts.fire(new Fact(topic, payload));
    }

    /** The row recorded under the topic and key, if any. */
    @Transactional
    public Optional<OutboxEntry> find(String topic, String key) {
        return em.createNamedQuery("OutboxEntry.byKey", Long.class)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(id -> em.find(OutboxEntry.class, id));
    }
}
