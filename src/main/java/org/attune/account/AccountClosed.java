package org.attune.account;

/**
 * Fired, in the closing transaction, when an account closes: features above the account package that hold what the
 * person recorded for themselves alone (not records a provider keeps for boards) forget it then.
 */
public record AccountClosed(long accountId) {}
