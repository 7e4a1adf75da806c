package org.attune.account;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Every account JPA inserts, updates or deletes is read again by the next request that checks it ({@link Callers}). */
public class AccountChanges {

    @Inject
    Callers callers;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Account account) {
        callers.changed(account.getId());
    }
}
