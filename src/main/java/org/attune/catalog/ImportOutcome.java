package org.attune.catalog;

/** What importing a module's definition did to the catalog. */
public enum ImportOutcome {
    ADDED,
    UPDATED,
    UNCHANGED
}
