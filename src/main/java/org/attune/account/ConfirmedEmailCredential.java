package org.attune.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * The proof that the person at the browser has just followed a working link mailed to the account's address
 * ({@link EmailVerification#confirm}); made only by the page that followed it, never from anything a request carries.
 */
record ConfirmedEmailCredential(long accountId) implements Credential {}
