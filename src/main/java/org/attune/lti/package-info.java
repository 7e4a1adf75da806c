/**
 * Attune as an LTI 1.3 tool, the launch half: the platforms (LMSs) an admin registered ({@link
 * org.attune.lti.LtiPlatform}), Attune's own JWK set and JWT signing ({@link org.attune.lti.ToolKeys}, keys from the
 * key store), the OIDC third-party login initiation and the signed launch, checked by the Nimbus OIDC SDK against the
 * platform's JWK set plus LTI's own rules, every validated launch stored with its claims, and which Attune account
 * an LMS user is ({@code lti_identity}, linked only by the person's choice, never by an email the token claims). A
 * launch signs in through the account package's sign-in machinery; it never gives the session the second factor, so
 * authoring stays out of reach. It sits beside xapi: it reads the features below and none of them knows it.
 *
 * <p>And what follows a launch: Deep Linking ({@link org.attune.lti.DeepLinks}: the instructor of a deep-linking
 * launch picks a published module, answered with a signed {@code LtiDeepLinkingResponse} that links it with a line
 * item out of 100), and Assignment and Grade Services ({@link org.attune.lti.GradeRecorder}: the line item each
 * resource-link launch names is kept per learner and module, and a passing post-test queues the learner's best
 * percentage with the outbox in the grading transaction; {@link org.attune.lti.ScoreDelivery} posts it once with a
 * client-credentials token got by a signed client assertion, retried while the platform is down).
 */
package org.attune.lti;
