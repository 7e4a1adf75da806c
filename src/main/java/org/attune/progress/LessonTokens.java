package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import java.time.Instant;
import org.attune.database.Startup;
import org.attune.web.Refusal;

/**
 * Issues and checks the tokens lesson pages carry for their time-on-task reports ({@link LessonToken}). The key is
 * generated at the first start, under the start-up lock, and kept in the database, so every node of a cluster signs
 * and accepts the same tokens with nothing to configure; whoever could read it there could as well write the
 * learner's time directly.
 */
@ApplicationScoped
public class LessonTokens {

    private static final String KEY = "lesson-time";

    @PersistenceContext
    EntityManager em;

    @Inject
    Startup startup;

    private volatile byte[] key;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        startup.exclusively(() -> {
            if (em.find(SigningKey.class, KEY) == null) {
                em.persist(SigningKey.generate(KEY));
            }
        });
    }

    /** A token for the learner's page of the lesson, issued now. */
    public String issue(long accountId, long lessonId) {
        return issue(accountId, lessonId, Instant.now());
    }

    String issue(long accountId, long lessonId, Instant at) {
        return new LessonToken(accountId, lessonId, at).sign(key());
    }

    /**
     * When the token was issued, if it is one this server signed for this learner and lesson and it has not
     * expired; otherwise a refusal that says which.
     */
    Instant issuedAt(String token, long accountId, long lessonId) throws Refused {
        var read = LessonToken.read(key(), token)
                .filter(t -> t.accountId() == accountId && t.lessonId() == lessonId)
                .orElseThrow(() -> new Refused("api.activeTime.notYours"));
        if (read.expired(Instant.now())) {
            throw new Refused("api.activeTime.tooOld");
        }
        return read.issuedAt();
    }

    private byte[] key() {
        if (key == null) {
            key = em.find(SigningKey.class, KEY).secret();
        }
        return key;
    }

    /** A report refused for its token, with what to tell the learner. */
    static final class Refused extends Refusal {

        private static final long serialVersionUID = 1L;

        Refused(String key) {
            super(key);
        }
    }
}
