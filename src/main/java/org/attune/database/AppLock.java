package org.attune.database;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named row whose database lock serialises work across every server on the database (see {@link Startup}). */
@Entity
@Table(name = "app_lock")
public class AppLock {

    @Id
    private String name;

    protected AppLock() {}
}
