package org.attune.quiz;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.attune.database.ReadCache;
import org.infinispan.Cache;

/**
 * Post-tests as the dashboard and the module page read them, from the server's caches (wildfly-config/80-caches.cli):
 * every post-test's rules (one entry, in {@code quizzes}) and each learner's attempts and accommodations (in
 * {@code post-tests}). An entry goes once a transaction that changed what it was read from commits: JPA reports
 * every change of an attempt, an accommodation or a post-test ({@link PostTestChanges}); erasing a learner's
 * attempts in bulk says so itself.
 */
@ApplicationScoped
public class PostTestCache {

    private static final long ALL = 0;

    @Resource(lookup = "java:jboss/infinispan/cache/attune/post-tests")
    Cache<Long, Object> learnerCache;

    @Resource(lookup = "java:jboss/infinispan/cache/attune/quizzes")
    Cache<Long, Object> quizCache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PostTestReading reading;

    private ReadCache<PostTestRecords.Learner> learners;
    private ReadCache<PostTestRecords.PostTests> postTests;

    @PostConstruct
    void start() {
        learners = new ReadCache<>(learnerCache, PostTestRecords.Learner.class, transactions);
        postTests = new ReadCache<>(quizCache, PostTestRecords.PostTests.class, transactions);
    }

    PostTestRecords.Learner learner(long accountId) {
        return learners.get(accountId, () -> reading.learner(accountId));
    }

    Optional<PostTestRecords.PostTest> ofModule(long moduleId) {
        return Optional.ofNullable(
                postTests.get(ALL, reading::postTests).byModule().get(moduleId));
    }

    void learnerChanged(long accountId) {
        learners.changed(accountId);
    }

    void postTestsChanged() {
        postTests.changed(ALL);
    }
}
