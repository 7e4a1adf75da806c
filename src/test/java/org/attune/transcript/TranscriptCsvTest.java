package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.web.Texts;
import org.junit.jupiter.api.Test;

class TranscriptCsvTest {

    @Test
    void aTitleThatLooksLikeAFormulaStaysTextInASpreadsheet() {
        var csv = text(TranscriptSamples.of(
                "Zoë Test",
                List.of(
                        TranscriptSamples.entry("=HYPERLINK(\"http://evil.example\",\"x\")", "+Provider", "2"),
                        TranscriptSamples.entry("@SUM(A1)", "-1+1", "1"),
                        TranscriptSamples.entry("\tTabbed", "Plain provider", "1"))));

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'+Provider\"");
        assertThat(csv).contains("\"'@SUM(A1)\",\"'-1+1\"");
        assertThat(csv).contains("\"'\tTabbed\",\"Plain provider\"");
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkSoSpreadsheetsReadAccents() {
        var bytes = TranscriptCsv.of(
                TranscriptSamples.of("Zoë", List.of(TranscriptSamples.entry("Über Bindung", "Zoë's", "1.5"))));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Über Bindung\",\"Zoë's\",\"APA\",\"1.5\",\"general\",\"recorded\"");
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFF\"Date\",\"Title\",\"Provider\",\"Approved by\",\"CE hours\",\"Category\",\"Status\","
                        + "\"Counted toward\"");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void aSpanishReaderGetsTheHeaderInSpanish() {
        var csv = new String(
                TranscriptCsv.of(
                        TranscriptSamples.of("Zoë", List.of(TranscriptSamples.entry("Apego", "Attune", "1.5"))),
                        Texts.SPANISH),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFF\"Fecha\",\"Título\",\"Proveedor\",\"Aprobado por\",\"Horas de EC\",\"Categoría\","
                        + "\"Estado\",\"Cuenta para\"");
    }

    @Test
    void ordinaryTextIsNotPrefixed() {
        assertThat(TranscriptCsv.cell("Attachment 101")).isEqualTo("Attachment 101");
        assertThat(TranscriptCsv.cell("")).isEmpty();
        assertThat(TranscriptCsv.cell(null)).isEmpty();
    }

    private static String text(Transcript transcript) {
        return new String(TranscriptCsv.of(transcript), StandardCharsets.UTF_8);
    }
}
