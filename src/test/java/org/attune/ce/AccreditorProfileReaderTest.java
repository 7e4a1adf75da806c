package org.attune.ce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attune.content.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccreditorProfileReaderTest {

    static final String PROFILE = """
            name: "Example Board"
            statement: >
              {provider} is approved by {body} as provider {number} from {validFrom} to {validTo}
              for {format} courses.
            requiredFields: [licenceNumber, format, ce-hours, approvalDates]
            credit:
              minutesPerCredit: 60
              increment: 0.5
              rounding: down
            rules:
              - kind: postTest
                level: required
                formats: [home study]
                source: "Standard 1"
              - kind: questionsPerCredit
                level: recommended
                min: 6
                max: 8
            retentionYears: 5
            licenceTypes: [Psychologist]
            sources:
              - "https://example.org/standards"
            """;

    @TempDir
    Path root;

    Path write(String name, String text) throws Exception {
        var folder = Files.createDirectories(root.resolve(CeLibrary.ACCREDITORS));
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aProfileReadsEveryFieldItsFileGives() throws Exception {
        var profile = AccreditorProfileReader.read(write("example.yaml", PROFILE));

        assertThat(profile.id()).isEqualTo("example");
        assertThat(profile.name()).isEqualTo("Example Board");
        assertThat(profile.requiredFields())
                .containsExactlyInAnyOrder(
                        CertificateField.LICENCE_NUMBER,
                        CertificateField.FORMAT,
                        CertificateField.CE_HOURS,
                        CertificateField.APPROVAL_DATES);
        assertThat(profile.creditRule().credits(90)).isEqualByComparingTo("1.5");
        assertThat(profile.rules())
                .extracting(ProfileRule::kind, ProfileRule::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleKind.POST_TEST, RuleLevel.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple(RuleKind.QUESTIONS_PER_CREDIT, RuleLevel.RECOMMENDED));
        assertThat(profile.rules(RuleKind.QUESTIONS_PER_CREDIT).get(0).min()).isEqualByComparingTo("6");
        assertThat(profile.rules(RuleKind.POST_TEST).get(0).appliesTo("Home Study"))
                .isTrue();
        assertThat(profile.rules(RuleKind.POST_TEST).get(0).appliesTo("live webinar"))
                .isFalse();
        assertThat(profile.retentionYears()).isEqualTo(5);
        assertThat(profile.serves("psychologist")).isTrue();
        assertThat(profile.serves("LMFT")).isFalse();
        assertThat(profile.sources()).containsExactly("https://example.org/standards");
    }

    @Test
    void theStatementIsFilledInWithEveryPlaceholder() throws Exception {
        var profile = AccreditorProfileReader.read(write("example.yaml", PROFILE));

        assertThat(profile.statement(
                        "Attune CE", "1234", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "home study"))
                .isEqualTo("Attune CE is approved by Example Board as provider 1234 from 2026-01-01 to 2027-12-31"
                        + " for home study courses.");
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() throws Exception {
        var file = write("example.yaml", PROFILE.replace("{number}", "{aceNumber}"));

        assertThatThrownBy(() -> AccreditorProfileReader.read(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("unknown placeholder {aceNumber}");
    }

    @Test
    void anUnknownRuleKindOrLevelIsRefused() throws Exception {
        var kind = write("kind.yaml", PROFILE.replace("kind: postTest", "kind: seatTime"));
        var level = write("level.yaml", PROFILE.replace("level: required", "level: mandatory"));

        assertThatThrownBy(() -> AccreditorProfileReader.read(kind)).hasMessageContaining("unknown value 'seatTime'");
        assertThatThrownBy(() -> AccreditorProfileReader.read(level)).hasMessageContaining("unknown value 'mandatory'");
    }

    @Test
    void aRuleThatNeedsAFigureWithoutOneIsRefused() throws Exception {
        var file = write("example.yaml", PROFILE.replace("    min: 6\n    max: 8\n", ""));

        assertThatThrownBy(() -> AccreditorProfileReader.read(file)).hasMessageContaining("needs min or max");
    }

    @Test
    void aCreditRuleWithoutItsMinutesIsRefused() throws Exception {
        var file = write("example.yaml", PROFILE.replace("  minutesPerCredit: 60\n", ""));

        assertThatThrownBy(() -> AccreditorProfileReader.read(file))
                .hasMessageContaining("'minutesPerCredit' is required");
    }

    @Test
    void aTypoInAKeyIsRefused() throws Exception {
        var file = write("example.yaml", PROFILE.replace("retentionYears", "retentionYear"));

        assertThatThrownBy(() -> AccreditorProfileReader.read(file))
                .hasMessageContaining("unknown key 'retentionYear'");
    }

    @Test
    void theLibraryReadsTheGoodProfilesAndNamesTheBrokenOne() throws Exception {
        write("good.yaml", PROFILE);
        write("broken.yaml", "name: [oops");
        Files.writeString(root.resolve(CeLibrary.ACCREDITORS).resolve("README.txt"), "not a profile");

        var library = CeLibrary.read(root);

        assertThat(library.profiles()).extracting(AccreditorProfile::id).containsExactly("good");
        assertThat(library.profile("good")).isPresent();
        assertThat(library.profile("broken")).isEmpty();
        assertThat(library.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.file().getFileName()).hasToString("broken.yaml"));
    }

    @Test
    void aDirectoryWithoutProfilesHasNone() throws Exception {
        assertThat(CeLibrary.read(root).profiles()).isEmpty();
    }
}
