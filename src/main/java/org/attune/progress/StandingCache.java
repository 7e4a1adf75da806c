package org.attune.progress;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.function.Supplier;
import org.attune.catalog.CourseEvaluation;
import org.attune.database.Outbox;
import org.attune.database.ReadCache;
import org.infinispan.Cache;

/**
 * Every learner's facts as their {@link Standing} is read from them, kept in the server's {@code standing} cache
 * (wildfly-config/80-caches.cli) so that catalog, module, lesson and dashboard pages read them without SQL. An entry
 * goes when a fact of the learner is recorded (a lesson completed, a post-test passed, a module completed, a course
 * evaluated: each records an outbox row, {@link Outbox.Fact}) or their progress is erased; a reading-time report
 * updates it in place, since one arrives every 15 seconds from every open lesson.
 */
@ApplicationScoped
public class StandingCache {

    private static final Set<String> TOPICS = Set.of(
            LessonCompletion.COMPLETED, PostTestPass.PASSED, ModuleCompletion.COMPLETED, CourseEvaluation.SUBMITTED);

    @Resource(lookup = "java:jboss/infinispan/cache/attune/standing")
    Cache<Long, Object> cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private ReadCache<Standings.Facts> facts;

    @PostConstruct
    void start() {
        facts = new ReadCache<>(cache, Standings.Facts.class, transactions);
    }

    Standings.Facts get(long accountId, Supplier<Standings.Facts> load) {
        return facts.get(accountId, load);
    }

    /**
     * The learner's records change in the current transaction other than through the services, which say so
     * themselves: a direct write (a test's, or an operator's repair) must say so here.
     */
    public void changed(long accountId) {
        facts.changed(accountId);
    }

    void readingTime(long accountId, long lessonId, int seconds) {
        facts.update(accountId, f -> f.withSeconds(lessonId, seconds));
    }

    void factRecorded(@Observes Outbox.Fact fact) {
        if (TOPICS.contains(fact.topic())) {
            fact.payload().optional("account").map(Long::parseLong).ifPresent(this::changed);
        }
    }
}
