package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.attune.testing.Pdfs;
import org.junit.jupiter.api.Test;

class UploadedPdfTest {

    private static byte[] pdf() throws Exception {
        return Pdfs.onePage();
    }

    private static byte[] exe() {
        return Pdfs.program();
    }

    @Test
    void aPdfIsKeptWithItsHash() throws Exception {
        var upload = UploadedPdf.of("certificate.pdf", pdf());

        assertThat(upload.name()).isEqualTo("certificate.pdf");
        assertThat(upload.sha256()).hasSize(64);
    }

    @Test
    void aPdfNamedExeIsAPdf() throws Exception {
        assertThat(UploadedPdf.of("certificate.exe", pdf()).name()).isEqualTo("certificate.exe");
    }

    @Test
    void aProgramNamedPdfIsRefused() {
        assertThatThrownBy(() -> UploadedPdf.of("certificate.pdf", exe()))
                .isInstanceOf(TranscriptRefusal.class)
                .hasMessage("The file is not a PDF. Upload your certificate as a PDF.");
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsRefused() {
        var fake = "%PDF-1.7 and then nothing a reader could open".getBytes();

        assertThatThrownBy(() -> UploadedPdf.of("fake.pdf", fake))
                .isInstanceOf(TranscriptRefusal.class)
                .hasMessageStartingWith("The file is not a PDF that can be opened");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeItIsRead() throws Exception {
        var pdf = pdf();
        var big = Arrays.copyOf(pdf, UploadedPdf.MAX_BYTES + 1);

        assertThatThrownBy(() -> UploadedPdf.of("big.pdf", big))
                .isInstanceOf(TranscriptRefusal.class)
                .hasMessage("The file is larger than 5 MB. Upload a smaller PDF of your certificate.");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> UploadedPdf.of("empty.pdf", new byte[0])).hasMessageStartingWith("The file is empty");
    }

    @Test
    void theShownNameLosesFoldersAndControlCharacters() throws Exception {
        assertThat(UploadedPdf.of("C:\\Users\\me\\cert\u202Efdp.exe", pdf()).name())
                .isEqualTo("certfdp.exe");
        assertThat(UploadedPdf.of("", pdf()).name()).isEqualTo("certificate.pdf");
    }
}
