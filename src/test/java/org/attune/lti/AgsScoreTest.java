package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgsScoreTest {

    @Test
    void aScoreSaysWhoScoredWhatOutOfAHundredCompletedAndFullyGradedAtTheGradesMoment() {
        var score = new AgsScore("lms-user-42", 88, 100, Instant.parse("2026-12-02T17:04:05.123456789Z"));

        var json = Json.createReader(new StringReader(score.json())).readObject();

        assertThat(json.getString("userId")).isEqualTo("lms-user-42");
        assertThat(json.getInt("scoreGiven")).isEqualTo(88);
        assertThat(json.getInt("scoreMaximum")).isEqualTo(100);
        assertThat(json.getString("activityProgress")).isEqualTo("Completed");
        assertThat(json.getString("gradingProgress")).isEqualTo("FullyGraded");
        assertThat(json.getString("timestamp")).isEqualTo("2026-12-02T17:04:05.123456Z");
        assertThat(json).hasSize(6);
    }

    @Test
    void theSameScoreIsTheSameTextEachTimeSoARetrySendsWhatTheFirstTrySent() {
        var at = Instant.parse("2026-12-02T17:04:05Z");
        assertThat(new AgsScore("u", 75, 100, at).json()).isEqualTo(new AgsScore("u", 75, 100, at).json());
    }

    @Test
    void aScoreOutsideZeroToItsMaximumIsRefused() {
        var at = Instant.now();
        assertThatThrownBy(() -> new AgsScore("u", 101, 100, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgsScore("u", -1, 100, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgsScore("u", 0, 0, at)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScoresEndpointIsTheLineItemsPathPlusScoresKeepingItsQuery() {
        assertThat(AgsScore.scoresOf("https://lms.example.org/api/lti/courses/7/line_items/3"))
                .hasToString("https://lms.example.org/api/lti/courses/7/line_items/3/scores");
        assertThat(AgsScore.scoresOf("https://lms.example.org/mod/lti/services.php/2/lineitems/9/lineitem?type_id=1"))
                .hasToString("https://lms.example.org/mod/lti/services.php/2/lineitems/9/lineitem/scores?type_id=1");
        assertThat(AgsScore.scoresOf("http://localhost:8580/items/4/"))
                .hasToString("http://localhost:8580/items/4/scores");
    }
}
