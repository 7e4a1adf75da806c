package org.attune.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Where a launch goes once its account is signed in: a deep linking request to its page ({@code /lti/deep-link}),
 * a resource link to the module its custom parameter {@code module} names (or the dashboard when none), telling
 * whoever listens that the learner came in ({@link LtiLaunched}).
 */
@ApplicationScoped
public class LaunchLanding {

    @Inject
    Event<LtiLaunched> launched;

    /** The address below the context path to send the browser to. */
    String after(LtiLaunch launch, long accountId) {
        if (LaunchChecks.DEEP_LINKING_REQUEST.equals(launch.messageType())) {
            return "/lti/deep-link?launch=" + launch.id();
        }
        var module = LaunchChecks.moduleSlug(launch.claims());
        launched.fire(new LtiLaunched(launch.id(), launch.platformId(), accountId, module.orElse(null)));
        return module.map(slug -> "/modules/" + slug).orElse("/dashboard");
    }
}
