package org.attune.ce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.attune.content.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenewalRuleReaderTest {

    static final Set<String> CATEGORIES = CeCategories.ids();

    static final Path SHIPPED = Path.of("modules", "_renewal-rules");

    static final String GOOD = """
            id: good
            board: Example Board of Counseling
            aliases: [Example, EX]
            types:
              LPC: Licensed Professional Counselor
            hours: 20
            periodYears: 2
            categories:
              law-and-ethics: 3
            accepts:
              - {body: nbcc, name: National Board for Certified Counselors}
            limits:
              homeStudyHours: 10
            retentionYears: 3
            sources: [https://example.org/rules]
            """;

    @TempDir
    Path folder;

    @Test
    void theShippedRulesReadAndCaliforniaAsksThirtySixHoursSixInLawAndEthicsEveryTwoYears() throws Exception {
        var rules = RenewalRuleReader.readAll(SHIPPED, CATEGORIES);

        assertThat(rules)
                .extracting(RenewalRule::id)
                .containsExactly("california-bbs", "florida-491", "new-york-social-work", "texas-lpc");
        var california = rules.get(0);
        assertThat(california.hours()).isEqualTo(36);
        assertThat(california.periodYears()).isEqualTo(2);
        assertThat(california.categoryHours()).containsExactly(java.util.Map.entry("law-and-ethics", 6));
        assertThat(california.types()).containsOnlyKeys("LMFT", "LCSW", "LPCC", "LEP");
        assertThat(california.accepts())
                .extracting(RenewalRule.AcceptedBody::body)
                .contains("apa", "aswb-ace", "nbcc", "camft", "nasw");
        assertThat(california.retentionYears()).isEqualTo(4);
        assertThat(rules).allSatisfy(rule -> assertThat(rule.sources()).isNotEmpty());
    }

    @Test
    void aLicenceMatchesByAnyAliasAndByTypeCodeOrNameWhateverTheCaseAndPunctuation() throws Exception {
        var california = RenewalRuleReader.read(SHIPPED.resolve("california-bbs.yaml"), CATEGORIES);

        assertThat(california.covers("California BBS", "LMFT")).isTrue();
        assertThat(california.covers("california bbs", "l.m.f.t.")).isTrue();
        assertThat(california.covers("CA", "Licensed Clinical Social Worker")).isTrue();
        assertThat(california.covers("Board of Behavioral Sciences", "LPCC")).isTrue();
        assertThat(california.covers("California BBS", "LPC")).isFalse();
        assertThat(california.covers("Texas", "LMFT")).isFalse();
        assertThat(california.covers(null, "LMFT")).isFalse();
        assertThat(california.covers("California BBS", null)).isFalse();
    }

    @Test
    void aGoodFileReadsWithItsLimit() throws Exception {
        var rule = RenewalRuleReader.read(write("good", GOOD), CATEGORIES);

        assertThat(rule.homeStudyHours()).isEqualTo(10);
        assertThat(rule.notes()).isEmpty();
    }

    @Test
    void anUnknownKeyIsNamed() throws Exception {
        assertRefused(GOOD + "hoursPerYear: 10\n", "unknown key 'hoursPerYear'");
    }

    @Test
    void anIdThatIsNotTheFileNameIsRefused() throws Exception {
        assertRefused(GOOD.replace("id: good", "id: other"), "'id' must be the file's name without .yaml");
    }

    @Test
    void hoursMustBeAWholeNumberInRange() throws Exception {
        assertRefused(GOOD.replace("hours: 20", "hours: 20.5"), "'hours' must be a whole number");
        assertRefused(GOOD.replace("hours: 20", "hours: 0"), "'hours' must be from 1 to 500, not 0");
        assertRefused(GOOD.replace("periodYears: 2", "periodYears: 40"), "'periodYears' must be from 1 to 10");
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        assertRefused(GOOD.replace("board: Example Board of Counseling\n", ""), "'board' is required");
        assertRefused(GOOD.replace("retentionYears: 3\n", ""), "'retentionYears' is required");
    }

    @Test
    void anUnknownCategoryIsRefusedWithTheKnownOnes() throws Exception {
        assertRefused(GOOD.replace("law-and-ethics: 3", "morality: 3"), "categories: 'morality' is not a CE category");
    }

    @Test
    void categoriesCannotAskForMoreThanThePeriodsHours() throws Exception {
        assertRefused(
                GOOD.replace("law-and-ethics: 3", "law-and-ethics: 15\n  supervision: 10"),
                "categories ask for 25 hours, more than the 20 hours of the period");
    }

    @Test
    void aBodyListedTwiceOrWithoutANameIsRefused() throws Exception {
        assertRefused(
                GOOD.replace(
                        "  - {body: nbcc, name: National Board for Certified Counselors}",
                        "  - {body: nbcc, name: A}\n  - {body: nbcc, name: B}"),
                "accepts: 'nbcc' is listed twice");
        assertRefused(
                GOOD.replace("{body: nbcc, name: National Board for Certified Counselors}", "{body: nbcc}"),
                "accepts: 'name' is required");
    }

    @Test
    void aHomeStudyCapAboveTheHoursOrAnUnknownLimitIsRefused() throws Exception {
        assertRefused(
                GOOD.replace("homeStudyHours: 10", "homeStudyHours: 30"),
                "limits: 'homeStudyHours' must be from 0 to 20");
        assertRefused(GOOD.replace("homeStudyHours: 10", "liveHours: 10"), "limits: unknown key 'liveHours'");
    }

    @Test
    void aTypeCodeMustBeACode() throws Exception {
        assertRefused(GOOD.replace("LPC: Licensed", "Lpc: Licensed"), "types: 'Lpc' must be a code");
    }

    @Test
    void aSourceMustBeAWebAddress() throws Exception {
        assertRefused(GOOD.replace("[https://example.org/rules]", "[the board's website]"), "is not a web address");
    }

    @Test
    void brokenYamlNamesTheLine() throws Exception {
        assertRefused(GOOD + "notes: [unclosed\n", "is not valid YAML");
    }

    @Test
    void twoRulesCoveringTheSameLicenceAreRefused() throws Exception {
        write("good", GOOD);
        write(
                "twin",
                GOOD.replace("id: good", "id: twin").replace("board: Example Board of Counseling", "board: Twin"));

        assertThatThrownBy(() -> RenewalRuleReader.readAll(folder, CATEGORIES))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("twin.yaml")
                .hasMessageContaining(
                        "a licence of type LPC and board 'Example' is already covered by the rule 'good'");
    }

    @Test
    void aMissingFolderHoldsNoRules() throws Exception {
        assertThat(RenewalRuleReader.readAll(folder.resolve("none"), CATEGORIES))
                .isEmpty();
    }

    private Path write(String id, String yaml) throws Exception {
        return Files.writeString(folder.resolve(id + ".yaml"), yaml);
    }

    private void assertRefused(String yaml, String message) throws Exception {
        var file = write("good", yaml);
        assertThatThrownBy(() -> RenewalRuleReader.read(file, CATEGORIES))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("good.yaml")
                .hasMessageContaining(message);
    }
}
