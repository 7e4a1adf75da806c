package org.attune.transcript;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;

/**
 * A certificate of completion a clinician uploads: accepted when its bytes are a PDF that PDFBox can open, whatever
 * the file is called (a PDF named {@code .exe} is a PDF; a program named {@code .pdf} is not), and at most
 * {@link #MAX_BYTES}. The name is kept only to show; it is cut to printable characters and 120 of them.
 */
public record UploadedPdf(String name, byte[] content, String sha256) {

    /** Five megabytes: a scanned one-page certificate is well under one. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The upload as kept, or why not in the clinician's words. */
    public static UploadedPdf of(String fileName, byte[] content) throws TranscriptRefusal {
        if (content == null || content.length == 0) {
            throw new TranscriptRefusal("transcript.refusal.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new TranscriptRefusal("transcript.refusal.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!startsWithPdfHeader(content)) {
            throw new TranscriptRefusal("transcript.refusal.notPdf");
        }
        try (var document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new TranscriptRefusal("transcript.refusal.noPages");
            }
        } catch (IOException e) {
            throw new TranscriptRefusal("transcript.refusal.unreadable");
        }
        return new UploadedPdf(shown(fileName), content.clone(), sha256(content));
    }

    /** A PDF starts with "%PDF-" (ISO 32000-1 §7.5.2); readers tolerate junk before it, Attune does not. */
    private static boolean startsWithPdfHeader(byte[] content) {
        var header = new byte[] {'%', 'P', 'D', 'F', '-'};
        if (content.length < header.length) {
            return false;
        }
        for (int i = 0; i < header.length; i++) {
            if (content[i] != header[i]) {
                return false;
            }
        }
        return true;
    }

    private static String shown(String fileName) {
        var name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "");
        var printable = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (printable.isEmpty()) {
            return "certificate.pdf";
        }
        return printable.length() <= 120 ? printable : printable.substring(0, 120);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
