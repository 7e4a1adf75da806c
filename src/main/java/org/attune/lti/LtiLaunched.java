package org.attune.lti;

/**
 * A learner came in from a platform by a resource-link launch and is signed in to the account linked to them: fired
 * (CDI event, synchronously, after the launch's row and the link are committed) once per launch. {@code moduleSlug}
 * is the module the link asked for, or null when it named none.
 */
public record LtiLaunched(long launchId, long platformId, long accountId, String moduleSlug) {}
