package org.attune.lti;

import jakarta.json.Json;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One score for a platform's line item, as LTI Assignment and Grade Services 2.0 has a tool post it ({@code
 * application/vnd.ims.lis.v1.score+json}): the learner by their LTI subject, the score out of its maximum, the
 * activity completed and fully graded, and the moment of the grade. The platform keeps one result per line item and
 * learner and never takes a score older than the one it holds, so posting the same score again with the same
 * timestamp (a retry after a crash) changes nothing there.
 */
public record AgsScore(String userId, int scoreGiven, int scoreMaximum, Instant timestamp) {

    /** The media type of a score. */
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

    public AgsScore {
        Objects.requireNonNull(userId, "The learner's LTI subject is required.");
        Objects.requireNonNull(timestamp, "The moment of the grade is required.");
        if (scoreMaximum <= 0 || scoreGiven < 0 || scoreGiven > scoreMaximum) {
            throw new IllegalArgumentException(
                    "A score is between 0 and its maximum (above 0): " + scoreGiven + "/" + scoreMaximum);
        }
    }

    /** The score as the platform's scores endpoint takes it. */
    public String json() {
        return Json.createObjectBuilder()
                .add("userId", userId)
                .add("scoreGiven", scoreGiven)
                .add("scoreMaximum", scoreMaximum)
                .add("activityProgress", "Completed")
                .add("gradingProgress", "FullyGraded")
                .add("timestamp", timestamp.truncatedTo(ChronoUnit.MICROS).toString())
                .build()
                .toString();
    }

    /**
     * The scores endpoint of a line item: its URL with {@code /scores} added to the path, keeping any query (a
     * platform may put the line item's id there), as AGS says.
     */
    public static URI scoresOf(String lineitem) {
        var uri = URI.create(lineitem);
        var path = uri.getRawPath() == null ? "" : uri.getRawPath();
        var scores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
        var text = uri.getScheme() + "://" + uri.getRawAuthority() + scores
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return URI.create(text);
    }
}
