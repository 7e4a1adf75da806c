package org.attune.quiz;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Every attempt, accommodation or post-test that JPA inserts, updates or deletes changes what {@link PostTestCache}
 * holds: the learner's entry, or every post-test's.
 */
public class PostTestChanges {

    @Inject
    PostTestCache cache;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof QuizAttempt attempt) {
            cache.learnerChanged(attempt.getAccountId());
        } else if (entity instanceof Accommodation accommodation) {
            cache.learnerChanged(accommodation.getAccountId());
        } else {
            cache.postTestsChanged();
        }
    }
}
