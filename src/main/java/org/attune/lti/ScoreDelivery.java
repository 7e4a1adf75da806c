package org.attune.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.attune.database.Consequence;
import org.attune.database.DatabaseClock;
import org.attune.database.Payload;

/**
 * Posts a queued score to its platform's line item ({@code POST {lineitem}/scores}, AGS 2.0) with a token of the
 * client-credentials grant ({@link AgsTokens}), from the outbox after the grade committed. What "done" means: the
 * platform answered 2xx, and the score row says so ({@code posted_at}, the status) in the transaction that marks
 * the outbox row done; a score already posted is not posted again, however often its row runs. A platform that is
 * down, refuses the token or the score throws: the row is retried with the outbox's back-off and nothing is marked.
 * Should this server die after the platform took the score and before that transaction committed (a window of
 * milliseconds), the retry posts the same score with the same timestamp, which changes nothing at the platform (it
 * keeps one result per line item and learner, never takes a score older than the one it holds, and this one carries
 * the very same values).
 */
@ApplicationScoped
public class ScoreDelivery implements Consequence {

    /** The outbox topic; the payload names the score. */
    static final String TOPIC = "lti-score";

    /** A platform that takes longer than this is treated as down, and the score retried later. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    AgsTokens tokens;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final Clock clock = DatabaseClock.UTC_MICROS;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    @Transactional
    public void follow(Payload payload) {
        var score = em.find(LtiScore.class, payload.number("score"), LockModeType.PESSIMISTIC_WRITE);
        if (score == null || score.isPosted()) {
            return;
        }
        var target = em.find(GradeTarget.class, score.getTargetId());
        var platform = target == null ? null : em.find(LtiPlatform.class, target.getPlatformId());
        if (platform == null) {
            return;
        }
        var status = post(platform, score.getLineitem(), score.score(target.getSubject()));
        score.posted(status, Instant.now(clock));
    }

    /** Posts the score; the platform's 2xx status, or throws. A refused token is forgotten before the retry. */
    private int post(LtiPlatform platform, String lineitem, AgsScore score) {
        var token = tokens.token(platform);
        var request = HttpRequest.newBuilder(AgsScore.scoresOf(lineitem))
                .timeout(TIMEOUT)
                .header("Content-Type", AgsScore.MEDIA_TYPE)
                .header("Authorization", token.toAuthorizationHeader())
                .POST(HttpRequest.BodyPublishers.ofString(score.json()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The platform " + platform.issuer() + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting a score", e);
        }
        int status = response.statusCode();
        if (status == 401) {
            tokens.forget(platform);
        }
        if (status < 200 || status > 299) {
            var body = response.body() == null ? "" : response.body().strip();
            throw new IllegalStateException("The platform " + platform.issuer() + " refused the score: HTTP " + status
                    + (body.isEmpty() ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body)));
        }
        return status;
    }
}
