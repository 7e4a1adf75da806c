package org.attune.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementsTest {

    @Test
    void aScoreIsScaledFromThePointsEarnedOfThePossibleWithItsRawMinAndMax() {
        var result = Statements.score(new BigDecimal("5.50"), 8, false);

        assertThat(result.getJsonObject("score").getJsonNumber("scaled").bigDecimalValue())
                .isEqualByComparingTo("0.6875");
        assertThat(result.getJsonObject("score").getJsonNumber("raw").bigDecimalValue())
                .isEqualByComparingTo("5.5");
        assertThat(result.getJsonObject("score").getInt("min")).isZero();
        assertThat(result.getJsonObject("score").getInt("max")).isEqualTo(8);
        assertThat(result.getBoolean("success")).isFalse();
    }

    @Test
    void aStatementKeepsItsIdAndNamesTheVerbTheActivityAndItsParent() {
        var id = UUID.randomUUID();
        var statement = Statements.statement(
                id,
                Statements.accountActor("https://ce.example.org", "0f8fad5b-d9cb-469f-a165-70867728950e"),
                Verb.EXPERIENCED,
                Activity.lesson("https://ce.example.org", "attunement", "listening", "Listening"),
                Optional.empty(),
                Optional.of(Activity.module("https://ce.example.org", "attunement", "Attunement")),
                Instant.parse("2026-12-02T05:40:00.123456Z"));

        assertThat(statement.getString("id")).isEqualTo(id.toString());
        assertThat(statement.getJsonObject("verb").getString("id"))
                .isEqualTo("http://adlnet.gov/expapi/verbs/experienced");
        assertThat(statement.getJsonObject("object").getString("id"))
                .isEqualTo("https://ce.example.org/learn/attunement/listening");
        assertThat(statement
                        .getJsonObject("context")
                        .getJsonObject("contextActivities")
                        .getJsonArray("parent")
                        .getJsonObject(0)
                        .getString("id"))
                .isEqualTo("https://ce.example.org/modules/attunement");
        assertThat(statement.getString("timestamp")).isEqualTo("2026-12-02T05:40:00.123Z");
        assertThat(statement.getJsonObject("actor").containsKey("mbox")).isFalse();
    }
}
