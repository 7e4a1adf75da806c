package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attune.web.Texts;
import org.junit.jupiter.api.Test;

class TranscriptPdfTest {

    @Test
    void thePdfNamesTheLearnerTheStandingAndEveryRecord() throws Exception {
        var transcript = TranscriptSamples.of(
                "Zoë Ødegård", List.of(TranscriptSamples.entry("Ethics in telehealth", "CAMFT", "6")));

        var text = text(TranscriptPdf.of(transcript));

        assertThat(text).contains("Continuing education transcript", "Zoë Ødegård", "Ethics in telehealth");
        assertThat(text).contains("California Board of Behavioral Sciences: LMFT licence 123");
        assertThat(text).contains("6 of 36 hours");
        assertThat(text).contains("Missing: 30 more hours; 6 more hours in law and ethics");
    }

    @Test
    void aSpanishReaderGetsTheHeadingsSentencesAndDatesInSpanish() throws Exception {
        var transcript = TranscriptSamples.of(
                "Zoë Ødegård", List.of(TranscriptSamples.entry("Ethics in telehealth", "CAMFT", "6")));

        var text = text(TranscriptPdf.of(transcript, Texts.SPANISH));

        assertThat(text).contains("Historial de educación continua", "Zoë Ødegård", "Ethics in telehealth");
        assertThat(text).contains("6 de 36 horas desde el").contains("Fecha", "Título", "Horas", "Estado");
        assertThat(text).doesNotContain("Continuing education transcript").doesNotContain("Valid records");
    }

    @Test
    void aLongTranscriptContinuesOverPagesAndCharactersWithoutGlyphsPrintAsQuestionMarks() throws Exception {
        var lines = new ArrayList<Transcript.Line>();
        for (int i = 0; i < 80; i++) {
            lines.add(TranscriptSamples.entry(
                    "Course number " + i + " on attachment and attunement in practice", "P", "1"));
        }
        lines.add(TranscriptSamples.entry("依恋理论", "P", "1"));

        var pdf = TranscriptPdf.of(TranscriptSamples.of("Test", lines));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("Course number 79", "????");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
