package org.attune.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.attune.account.AccountService;
import org.attune.account.Licences;
import org.attune.catalog.EvaluationRecords;
import org.attune.certificate.CertificateRecords;
import org.attune.database.DatabaseClock;
import org.attune.progress.ProgressRecords;
import org.attune.quiz.AttemptRecords;

/**
 * "Download my data": everything Attune keeps about a person, as one JSON document: the account (no password, in
 * any form), licences, progress, post-test attempts with the answers given, course evaluations, certificates and
 * requests for a corrected reissue. Only ever for the signed-in person ({@link MyDataResource}).
 */
@ApplicationScoped
@Transactional
public class MyData {

    @Inject
    AccountService accounts;

    @Inject
    Licences licences;

    @Inject
    ProgressRecords progress;

    @Inject
    AttemptRecords attempts;

    @Inject
    EvaluationRecords evaluations;

    @Inject
    CertificateRecords certificates;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    public JsonObject of(long accountId) {
        var account = accounts.find(accountId).orElseThrow();
        var held = Json.createArrayBuilder();
        licences.of(accountId).forEach(l -> {
            var d = l.details();
            held.add(Json.createObjectBuilder()
                    .add("board", text(d.board()))
                    .add("type", text(d.type()))
                    .add("number", d.number())
                    .add("expiresOn", d.expiresOn() == null ? "" : d.expiresOn().toString())
                    .add("printsOnCertificates", d.prints()));
        });
        var roles = Json.createArrayBuilder();
        account.getRoles().stream().map(Enum::name).sorted().forEach(roles::add);
        return Json.createObjectBuilder()
                .add("exportedAt", Instant.now(clock).toString())
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("email", account.getEmail())
                                .add("fullName", account.getFullName())
                                .add("profession", text(account.getProfession()))
                                .add("roles", roles))
                .add("licences", held)
                .add("progress", progress.export(accountId))
                .add("postTests", attempts.export(accountId))
                .add("evaluations", evaluations.export(accountId).getJsonArray("evaluations"))
                .add("certificates", certificates.export(accountId))
                .build();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
