package org.attune.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.attune.lti.LtiLaunched;

/** Every {@link LtiLaunched} the application fired, in test deployments, for tests to see who heard of a launch. */
@ApplicationScoped
public class LtiLaunchesHeard {

    private final List<LtiLaunched> heard = new ArrayList<>();

    synchronized void hear(@Observes LtiLaunched launched) {
        heard.add(launched);
    }

    public synchronized List<LtiLaunched> of(long accountId) {
        return heard.stream().filter(l -> l.accountId() == accountId).toList();
    }
}
