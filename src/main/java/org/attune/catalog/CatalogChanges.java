package org.attune.catalog;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Every course, module or lesson that JPA inserts, updates or deletes changes the published catalog that pages
 * read: the safety net under the writers' own {@link PublishedCatalog#changed} calls.
 */
public class CatalogChanges {

    @Inject
    PublishedCatalog published;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        published.changed();
    }
}
