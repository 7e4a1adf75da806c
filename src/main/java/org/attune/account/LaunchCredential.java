package org.attune.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * The proof that a learning platform vouched for the person at the browser by a validated LTI launch for the
 * account linked to them, and whether the platform launched them as an instructor of the course; made only by
 * {@link LaunchSignIn}, never from anything a request carries.
 */
record LaunchCredential(long accountId, boolean teaching) implements Credential {}
