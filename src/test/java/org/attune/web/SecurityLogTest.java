package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security log values: what a person typed can never start a line or pass for another key. */
class SecurityLogTest {

    @Test
    void plainValuesAreWrittenAsTheyAre() {
        assertThat(SecurityLog.value("ana.reyes+ce@example.org")).isEqualTo("ana.reyes+ce@example.org");
        assertThat(SecurityLog.value("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(SecurityLog.value("/admin/accounts")).isEqualTo("/admin/accounts");
    }

    @Test
    void aLineBreakInAValueIsEscapedSoItCannotForgeALine() {
        var forged = SecurityLog.value("x@example.org\r\nevent=signin.succeeded account=1");

        assertThat(forged)
                .isEqualTo("\"x@example.org\\r\\nevent=signin.succeeded account=1\"")
                .doesNotContain("\n", "\r");
    }

    @Test
    void quotesBackslashesAndOtherSeparatorsAreEscaped() {
        assertThat(SecurityLog.value("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
        assertThat(SecurityLog.value("a\u2028b\u0085c\u001bd")).isEqualTo("\"a\\u2028b\\u0085c\\u001bd\"");
        assertThat(SecurityLog.value("")).isEqualTo("\"\"");
    }

    @Test
    void aLongValueIsCut() {
        assertThat(SecurityLog.value("a".repeat(5000)))
                .hasSize(SecurityLog.MAX_VALUE + 3)
                .endsWith("a...");
    }
}
