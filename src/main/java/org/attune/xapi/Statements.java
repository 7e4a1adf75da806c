package org.attune.xapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * xAPI 1.0.3 statements as Attune makes them: an id fixed when made, the actor, a verb, an activity, optionally a
 * result and the activity it is part of, and when it happened. Pure functions; the recorder supplies the facts.
 */
public final class Statements {

    /** The platform named in every statement's context. */
    static final String PLATFORM = "Attune";

    private Statements() {}

    /** An actor known by an account on Attune's public address, named by an opaque id. */
    static JsonObject accountActor(String homePage, String name) {
        return Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add(
                        "account",
                        Json.createObjectBuilder().add("homePage", homePage).add("name", name))
                .build();
    }

    /** An actor known by their email address, when the operator chose that. */
    static JsonObject mboxActor(String email) {
        return Json.createObjectBuilder()
                .add("objectType", "Agent")
                .add("mbox", "mailto:" + email)
                .build();
    }

    /** A post-test's score: earned of possible points, scaled to 0..1, and whether it passed. */
    static JsonObject score(BigDecimal earned, int possible, boolean passed) {
        var scaled = possible == 0
                ? BigDecimal.ZERO
                : earned.divide(BigDecimal.valueOf(possible), 4, RoundingMode.HALF_EVEN)
                        .min(BigDecimal.ONE)
                        .max(BigDecimal.ZERO);
        return Json.createObjectBuilder()
                .add(
                        "score",
                        Json.createObjectBuilder()
                                .add("scaled", scaled)
                                .add("raw", earned.stripTrailingZeros())
                                .add("min", 0)
                                .add("max", possible))
                .add("success", passed)
                .add("completion", true)
                .build();
    }

    /** A result that only says the activity was completed. */
    static JsonObject completion() {
        return Json.createObjectBuilder().add("completion", true).build();
    }

    static JsonObject statement(
            UUID id,
            JsonObject actor,
            Verb verb,
            Activity object,
            Optional<JsonObject> result,
            Optional<Activity> partOf,
            Instant timestamp) {
        var context = Json.createObjectBuilder().add("platform", PLATFORM).add("language", "en");
        partOf.ifPresent(parent -> context.add(
                "contextActivities",
                Json.createObjectBuilder()
                        .add("parent", Json.createArrayBuilder().add(activity(parent)))));
        var statement = Json.createObjectBuilder()
                .add("id", id.toString())
                .add("actor", actor)
                .add(
                        "verb",
                        Json.createObjectBuilder()
                                .add("id", verb.iri())
                                .add("display", Json.createObjectBuilder().add("en-US", verb.display())))
                .add("object", activity(object))
                .add("context", context)
                .add("timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
        result.ifPresent(value -> statement.add("result", value));
        return statement.build();
    }

    private static JsonObjectBuilder activity(Activity activity) {
        var definition = Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("en-US", activity.name()));
        if (activity.type() != null) {
            definition.add("type", activity.type());
        }
        return Json.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", activity.id())
                .add("definition", definition);
    }
}
