/**
 * Attune as an LTI 1.3 tool, the launch half: the platforms (LMSs) an admin registered ({@link
 * org.attune.lti.LtiPlatform}), Attune's own JWK set and JWT signing ({@link org.attune.lti.ToolKeys}, keys from the
 * key store), the OIDC third-party login initiation and the signed launch, checked by the Nimbus OIDC SDK against the
 * platform's JWK set plus LTI's own rules, every validated launch stored with its claims, and which Attune account
 * an LMS user is ({@code lti_identity}, linked only by the person's choice, never by an email the token claims). A
 * launch signs in through the account package's sign-in machinery; it never gives the session the second factor, so
 * authoring stays out of reach. It sits beside xapi: it reads the features below and none of them knows it.
 */
package org.attune.lti;
