package org.attune.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.attune.web.Texts;

/**
 * What a certificate PDF holds besides its drawing: the document information and XMP metadata that readers, screen
 * readers and PDF/UA ask for (title, author, language, the PDF/UA identification), the file identifier, and the
 * attached verifiable credential. Every date in it is the issue date and nothing depends on the clock, so the same
 * certificate keeps the same bytes.
 */
final class CertificateFile {

    private CertificateFile() {}

    /** The credential attached to a certificate PDF by {@link CertificatePdf#render(Certificate, byte[])}, if it has one. */
    static Optional<byte[]> attachedCredential(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var names = document.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return Optional.empty();
            }
            var files = names.getEmbeddedFiles().getNames();
            if (files == null) {
                return Optional.empty();
            }
            for (var entry : files.entrySet()) {
                if (entry.getKey().endsWith(".credential.json")) {
                    var file = entry.getValue().getEmbeddedFile();
                    return file == null ? Optional.empty() : Optional.of(file.toByteArray());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate PDF could not be read", e);
        }
    }

    /** Title, author, subject and language for readers and screen readers; dates fixed to the issue date. */
    static void describe(PDDocument document, Snapshot s, String code, LocalDate issuedOn) {
        var info = document.getDocumentInformation();
        info.setTitle(Texts.text(
                s.locale(),
                "pdf.info.title",
                Lettering.printable(s.courseTitle()),
                Lettering.printable(s.learnerName())));
        info.setAuthor(s.provider());
        info.setSubject(Texts.text(s.locale(), "pdf.info.subject", code));
        info.setCreator("Attune");
        info.setProducer("Attune certificate template " + Certificate.TEMPLATE_VERSION);
        var date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(issuedOn.getYear(), issuedOn.getMonthValue() - 1, issuedOn.getDayOfMonth());
        info.setCreationDate(date);
        info.setModificationDate((Calendar) date.clone());
        document.getDocumentCatalog().setLanguage(s.language());
        // Without a file identifier PDFBox makes one from the clock; the code is the certificate's identity.
        var id = new COSString(code.getBytes(StandardCharsets.US_ASCII));
        var ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        var preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
        var markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        document.getDocumentCatalog().setMarkInfo(markInfo);
        try {
            var metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(info, issuedOn).getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The XMP packet PDF/UA asks for: its identification (part 1) and the document information again. Written out
     * rather than serialized by xmpbox, whose output carries no clock but whose layout could change between versions;
     * the same certificate must keep the same bytes.
     */
    private static String xmp(PDDocumentInformation info, LocalDate issuedOn) {
        var date = issuedOn + "T00:00:00Z";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.getTitle())
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(info.getAuthor()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.getSubject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<pdf:Producer>" + xml(info.getProducer()) + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>" + xml(info.getCreator()) + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    /** The text as XML character data; characters XML cannot hold (controls) are left out. */
    private static String xml(String text) {
        var out = new StringBuilder();
        Lettering.printable(text).codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Attaches the credential as an embedded file. Its dates are the issue date, as the document's are. The type is
     * application/json: PDF viewers offer to open it with a JSON viewer, and VC tools read it as the JSON it is (the
     * VC media types application/vc and application/vc+ld+json are not known to viewers or operating systems).
     */
    static void attach(PDDocument document, String code, LocalDate issuedOn, byte[] json) throws IOException {
        var name = "attune-certificate-" + code + ".credential.json";
        var file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
        file.setSubtype("application/json");
        file.setSize(json.length);
        var date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(issuedOn.getYear(), issuedOn.getMonthValue() - 1, issuedOn.getDayOfMonth());
        file.setCreationDate(date);
        file.setModDate((Calendar) date.clone());
        var spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Open Badges 3.0 verifiable credential of certificate " + code);
        var tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }
}
