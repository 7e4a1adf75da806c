package org.attune.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files for upload tests: a real one-page PDF, and the start of a Windows program. */
public final class Pdfs {

    private Pdfs() {}

    public static byte[] onePage() throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** "MZ", then zeros: what a program starts with, whatever it is called. */
    public static byte[] program() {
        var bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }
}
