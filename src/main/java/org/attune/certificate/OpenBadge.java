package org.attune.certificate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0), before it is
 * signed: a pure function of the certificate's frozen snapshot, its code and issue time, the learner's email address
 * as it was when the credential was made (only its salted SHA-256 goes in), and the credential's entry in a status
 * list. The same inputs always give the same document.
 *
 * <p>Where Open Badges has a field, the snapshot's value goes there: the learner's printed name as an unhashed
 * {@code name} identifier, CE hours as {@code creditsAvailable} and {@code creditsEarned}, the printed licences as
 * {@code licenseNumber}, the completion date as {@code activityEndDate}. The approval statement, which the approving
 * body words, is the credential's {@code description}, verbatim. Every term is one the bundled Open Badges 3.0.3
 * context defines, so nothing is dropped when the document is canonicalized for signing.
 */
public final class OpenBadge {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Where a credential's revocation bit is. */
    public record StatusEntry(String listUrl, int index) {}

    private OpenBadge() {}

    /**
     * The unsigned credential. {@code issuerDid} is the issuer's DID (see the issuer key store), {@code salt} the
     * random salt of the email's hash.
     */
    static JsonObject of(
            Snapshot s,
            String code,
            Instant issuedAt,
            String email,
            String salt,
            String issuerDid,
            StatusEntry status) {
        Objects.requireNonNull(issuedAt, "Only an issued certificate has a credential.");
        var base = base(s.verifyUrl(), code);
        var hours = s.ceHours().stripTrailingZeros();
        var subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add(
                        "identifier",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "IdentityObject")
                                        .add("identityHash", identityHash(email, salt))
                                        .add("identityType", "emailAddress")
                                        .add("hashed", true)
                                        .add("salt", salt))
                                .add(Json.createObjectBuilder()
                                        .add("type", "IdentityObject")
                                        .add("identityHash", s.learnerName())
                                        .add("identityType", "name")
                                        .add("hashed", false)))
                .add("activityEndDate", SECONDS.format(s.completedOn().atStartOfDay(ZoneOffset.UTC)))
                .add("creditsEarned", number(hours))
                .add("achievement", achievement(s, base, hours));
        if (s.licences() != null) {
            subject.add("licenseNumber", s.licences());
        }
        var issued = SECONDS.format(issuedAt.truncatedTo(ChronoUnit.SECONDS));
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", s.verifyUrl())
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", "Certificate of Completion: " + s.courseTitle())
                .add("description", s.approvalStatement())
                .add(
                        "issuer",
                        Json.createObjectBuilder()
                                .add("id", issuerDid)
                                .add("type", Json.createArrayBuilder().add("Profile"))
                                .add("name", s.provider())
                                .add("url", base + "/"))
                .add("validFrom", issued)
                .add("awardedDate", issued)
                .add("credentialSubject", subject)
                .add(
                        "credentialStatus",
                        Json.createObjectBuilder()
                                .add("id", status.listUrl() + "#" + status.index())
                                .add("type", "BitstringStatusListEntry")
                                .add("statusPurpose", "revocation")
                                .add("statusListIndex", Integer.toString(status.index()))
                                .add("statusListCredential", status.listUrl()))
                .build();
    }

    private static JsonObjectBuilder achievement(Snapshot s, String base, BigDecimal hours) {
        var achievement = Json.createObjectBuilder()
                .add("id", base + "/#course-" + s.courseSlug())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "Course")
                .add("name", s.courseTitle())
                .add(
                        "description",
                        "A continuing-education course for clinicians from " + s.provider() + ", worth "
                                + hours.toPlainString() + " CE hours.")
                .add(
                        "criteria",
                        Json.createObjectBuilder()
                                .add(
                                        "narrative",
                                        "Completed every module of the course, passed each module's post-test and"
                                                + " met the course's other requirements (such as the course evaluation"
                                                + " and reading time) as they stood when the certificate was issued."))
                .add("creditsAvailable", number(hours))
                .add("inLanguage", "en");
        if (s.contentRevisions() != null) {
            achievement.add("version", s.contentRevisions());
        }
        return achievement;
    }

    /**
     * The Open Badges hash of an email address: "sha256$" and the hex SHA-256 of the address (lower case, as
     * addresses compare) followed by the salt, so a verifier who knows the address can check it and nobody can list
     * addresses from credentials.
     */
    static String identityHash(String email, String salt) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((email.strip().toLowerCase(Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    /** The site a certificate's verify URL is on ("https://attune.example/verify/CODE" gives the part before /verify). */
    static String base(String verifyUrl, String code) {
        var suffix = "/verify/" + code;
        if (!verifyUrl.endsWith(suffix)) {
            throw new IllegalArgumentException("The verify URL " + verifyUrl + " is not that of certificate " + code);
        }
        return verifyUrl.substring(0, verifyUrl.length() - suffix.length());
    }

    private static jakarta.json.JsonNumber number(BigDecimal value) {
        return Json.createValue(value);
    }
}
