package org.attune.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The launches validated so far, for what follows a launch (deep linking, the grade service) to read. */
@ApplicationScoped
public class LtiLaunches {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Optional<LtiLaunch> find(long launchId) {
        return Optional.ofNullable(em.find(LtiLaunch.class, launchId));
    }

    /** The platform a launch came from. */
    @Transactional
    public Optional<LtiPlatform> platform(long platformId) {
        return Optional.ofNullable(em.find(LtiPlatform.class, platformId));
    }
}
