package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.attune.testing.Deployments;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * V18 on the database the server runs on (H2 or PostgreSQL): in a schema of its own, migrated to the version before
 * V18, given accounts and a certificate as they were, then migrated on. Each account's licence number becomes its
 * first licence, printing; a certificate keeps printing the licence it printed.
 */
@ExtendWith(ArquillianExtension.class)
class LicenceMigrationIT {

    private static final MigrationVersion V18 = MigrationVersion.fromVersion("18");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Resource(lookup = "java:jboss/datasources/AttuneDS")
    DataSource dataSource;

    @Test
    void eachLicenceNumberBecomesTheAccountsFirstPrintingLicenceAndCertificatesPrintWhatTheyPrinted() throws Exception {
        var schema = "v18_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            flyway(schema, before18(schema)).migrate();
            try (var db = dataSource.getConnection()) {
                update(
                        db,
                        "INSERT INTO \"" + schema + "\".account (email, full_name, password_hash, licence_number,"
                                + " active, created_at) VALUES ('a@example.org', 'Ana', 'x', ' LPC 7781 ', TRUE,"
                                + " CURRENT_TIMESTAMP), ('b@example.org', 'Ben', 'x', NULL, TRUE, CURRENT_TIMESTAMP),"
                                + " ('c@example.org', 'Cy', 'x', '  ', TRUE, CURRENT_TIMESTAMP)");
                update(
                        db,
                        "INSERT INTO \"" + schema + "\".certificate (code, account_id, course_slug, status,"
                                + " learner_name, licence_number, course_title, ce_hours, completed_on, provider,"
                                + " approval_statement, issuer, verify_url, template_version, requested_at, generation,"
                                + " version) SELECT 'AAAA-BBBB-CCCC-DDDD', id, 'c', 'ISSUED', 'Ana', 'LPC 7781', 'C', 1,"
                                + " CURRENT_DATE, 'P', 'S', 'P', 'u', 1, CURRENT_TIMESTAMP, 1, 0 FROM \"" + schema
                                + "\".account WHERE email = 'a@example.org'");
            }

            flyway(schema, V18).migrate();

            try (var db = dataSource.getConnection()) {
                assertThat(rows(
                                db,
                                "SELECT a.email, l.licence_number, l.prints, l.board FROM \"" + schema
                                        + "\".licence l JOIN \"" + schema + "\".account a ON a.id = l.account_id"))
                        .containsExactly("a@example.org|LPC 7781|true|null");
                assertThat(rows(db, "SELECT code, licences FROM \"" + schema + "\".certificate"))
                        .containsExactly("AAAA-BBBB-CCCC-DDDD|Licence LPC 7781");
            }
        } finally {
            try (var db = dataSource.getConnection()) {
                update(db, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            }
        }
    }

    /** The newest migration before V18, whichever that is on this branch. */
    private MigrationVersion before18(String schema) {
        var all = flyway(schema, MigrationVersion.LATEST).info().all();
        return Arrays.stream(all)
                .map(m -> m.getVersion())
                .filter(v -> v.compareTo(V18) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    private Flyway flyway(String schema, MigrationVersion target) {
        return Flyway.configure(LicenceMigrationIT.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (var statement = db.createStatement();
                var result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
