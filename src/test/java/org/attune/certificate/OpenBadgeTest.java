package org.attune.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The Open Badges 3.0 rules a credential must meet (1EdTech Open Badges Specification 3.0, its data model's
 * required fields) and the Bitstring Status List's encoding, each checked on the credential of a sample certificate.
 */
class OpenBadgeTest {

    private static final String CODE = "ATT-7K2M-9QXP-4RTV";
    private static final String DID = "did:web:attune.example.org";
    private static final Snapshot SNAPSHOT = new Snapshot(
            "attachment-attunement-trauma",
            "Zoë Łukasiewicz-Ngũgĩ",
            "Licence LCSW 12345",
            "Licensed clinical social worker",
            "Attachment, Attunement and Trauma-Informed Care",
            new BigDecimal("3.75"),
            LocalDate.of(2026, 11, 23),
            "Attune Continuing Education",
            "Attune Continuing Education maintains responsibility for this program and its content.",
            "Attune Continuing Education",
            "https://attune.example.org/verify/" + CODE,
            "Foundations of attachment, revision 2");
    private static final OpenBadge.StatusEntry STATUS =
            new OpenBadge.StatusEntry("https://attune.example.org/api/credentials/status/1", 40_321);

    private static JsonObject credential() {
        return OpenBadge.of(
                SNAPSHOT, CODE, Instant.parse("2026-11-24T09:15:42.123456Z"), "Zoe@Example.org", "5f3a", DID, STATUS);
    }

    @Test
    void theContextsAreTheVerifiableCredentialsOneFirstThenOpenBadges303() {
        var contexts = credential().getJsonArray("@context").getValuesAs(JsonString::getString);
        assertEquals(List.of(OpenBadge.VC_CONTEXT, OpenBadge.OB_CONTEXT), contexts);
    }

    @Test
    void itIsAVerifiableCredentialAndAnOpenBadgeCredential() {
        var types = credential().getJsonArray("type").getValuesAs(JsonString::getString);
        assertTrue(types.contains("VerifiableCredential"), types.toString());
        assertTrue(types.contains("OpenBadgeCredential"), types.toString());
    }

    @Test
    void itsIdIsTheCertificatesVerificationUrlAndItHasAName() {
        assertEquals(SNAPSHOT.verifyUrl(), credential().getString("id"));
        assertEquals(
                "Certificate of Completion: Attachment, Attunement and Trauma-Informed Care",
                credential().getString("name"));
    }

    @Test
    void theIssuerIsAProfileWithTheProvidersNameAndTheIssuersDid() {
        var issuer = credential().getJsonObject("issuer");
        assertEquals(DID, issuer.getString("id"));
        assertTrue(
                issuer.getJsonArray("type").getValuesAs(JsonString::getString).contains("Profile"));
        assertEquals("Attune Continuing Education", issuer.getString("name"));
    }

    @Test
    void validFromIsTheOriginalIssueTimeInUtcSeconds() {
        assertEquals("2026-11-24T09:15:42Z", credential().getString("validFrom"));
        assertEquals("2026-11-24T09:15:42Z", credential().getString("awardedDate"));
    }

    @Test
    void theSubjectIsAnAchievementSubjectIdentifiedByTheSaltedHashOfTheEmailAndThePrintedName() {
        var subject = credential().getJsonObject("credentialSubject");
        assertTrue(
                subject.getJsonArray("type").getValuesAs(JsonString::getString).contains("AchievementSubject"));
        var email = subject.getJsonArray("identifier").getJsonObject(0);
        assertEquals("IdentityObject", email.getString("type"));
        assertEquals("emailAddress", email.getString("identityType"));
        assertTrue(email.getBoolean("hashed"));
        assertEquals("5f3a", email.getString("salt"));
        assertEquals(OpenBadge.identityHash("zoe@example.org", "5f3a"), email.getString("identityHash"));
        assertTrue(email.getString("identityHash").matches("sha256\\$[0-9a-f]{64}"));
        assertFalse(credential().toString().toLowerCase().contains("zoe@example.org"), "the address must not show");
        var name = subject.getJsonArray("identifier").getJsonObject(1);
        assertEquals("name", name.getString("identityType"));
        assertFalse(name.getBoolean("hashed"));
        assertEquals("Zoë Łukasiewicz-Ngũgĩ", name.getString("identityHash"));
    }

    @Test
    void aDifferentSaltGivesADifferentHashOfTheSameAddress() {
        assertNotEquals(OpenBadge.identityHash("zoe@example.org", "a"), OpenBadge.identityHash("zoe@example.org", "b"));
    }

    @Test
    void theSubjectCarriesTheCreditsEarnedTheLicencesAndTheCompletionDate() {
        var subject = credential().getJsonObject("credentialSubject");
        assertEquals(
                new BigDecimal("3.75"), subject.getJsonNumber("creditsEarned").bigDecimalValue());
        assertEquals("Licence LCSW 12345", subject.getString("licenseNumber"));
        assertEquals("2026-11-23T00:00:00Z", subject.getString("activityEndDate"));
    }

    @Test
    void theAchievementHasAnIdTypeNameDescriptionCriteriaAndCreditsAvailable() {
        var achievement = credential().getJsonObject("credentialSubject").getJsonObject("achievement");
        assertEquals(
                "https://attune.example.org/#course-attachment-attunement-trauma",
                achievement.getString("id"),
                "the course's place in the catalog");
        assertTrue(achievement
                .getJsonArray("type")
                .getValuesAs(JsonString::getString)
                .contains("Achievement"));
        assertEquals("Attachment, Attunement and Trauma-Informed Care", achievement.getString("name"));
        assertFalse(achievement.getString("description").isBlank());
        assertFalse(achievement.getJsonObject("criteria").getString("narrative").isBlank());
        assertEquals(
                new BigDecimal("3.75"),
                achievement.getJsonNumber("creditsAvailable").bigDecimalValue());
        assertEquals("Foundations of attachment, revision 2", achievement.getString("version"));
    }

    @Test
    void theApprovalStatementIsTheDescriptionWordForWord() {
        assertEquals(SNAPSHOT.approvalStatement(), credential().getString("description"));
    }

    @Test
    void itsStatusIsABitstringStatusListEntryForRevocation() {
        var status = credential().getJsonObject("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.getString("type"));
        assertEquals("revocation", status.getString("statusPurpose"));
        assertEquals("40321", status.getString("statusListIndex"));
        assertEquals(STATUS.listUrl(), status.getString("statusListCredential"));
    }

    @Test
    void theSameCertificateGivesTheSameDocument() {
        assertEquals(credential(), credential());
    }

    @Test
    void aPendingCertificateHasNoCredential() {
        assertThrows(
                NullPointerException.class, () -> OpenBadge.of(SNAPSHOT, CODE, null, "a@b.org", "5f", DID, STATUS));
    }

    @Test
    void theStatusListHas131072BitsMostSignificantFirstCompressedAndBase64UrlEncoded() throws Exception {
        var encoded = BitstringStatusList.encode(List.of(0, 9, 131_071));
        assertTrue(encoded.startsWith("u"), encoded);
        byte[] bits;
        try (var in = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        assertEquals(131_072 / 8, bits.length);
        assertEquals((byte) 0x80, bits[0]);
        assertEquals((byte) 0x40, bits[1]);
        assertEquals((byte) 0x01, bits[bits.length - 1]);
        assertEquals(3, countBits(bits));
    }

    @Test
    void anIndexOutsideTheListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.encode(List.of(131_072)));
    }

    @Test
    void theStatusListCredentialNamesItsIssuerPurposeAndList() {
        var list = BitstringStatusList.credential(
                STATUS.listUrl(), DID, Instant.parse("2026-11-30T10:00:00.5Z"), List.of(40_321));
        assertEquals(STATUS.listUrl(), list.getString("id"));
        assertEquals(DID, list.getString("issuer"));
        assertEquals("2026-11-30T10:00:00Z", list.getString("validFrom"));
        var subject = list.getJsonObject("credentialSubject");
        assertEquals("BitstringStatusList", subject.getString("type"));
        assertEquals("revocation", subject.getString("statusPurpose"));
        assertEquals(BitstringStatusList.encode(List.of(40_321)), subject.getString("encodedList"));
    }

    private static int countBits(byte[] bits) {
        int n = 0;
        for (byte b : bits) {
            n += Integer.bitCount(b & 0xff);
        }
        return n;
    }
}
