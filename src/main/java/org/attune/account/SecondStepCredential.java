package org.attune.account;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code typed on the second step of signing in (from the authenticator app, or a recovery code). It names no
 * account: the account is the one whose password this session proved ({@link PendingSignIn}).
 */
record SecondStepCredential(String code) implements Credential {}
