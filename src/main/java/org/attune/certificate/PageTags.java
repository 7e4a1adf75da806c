package org.attune.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The page's structure (PDF/UA): a Document element whose children, in reading order, are the text's paragraphs
 * and heading and the QR code's figure, each tied to its marked content by MCID through the parent tree.
 */
final class PageTags {

    /** Drawing that may fail as the content stream does. */
    @FunctionalInterface
    interface Drawing {
        void draw() throws IOException;
    }

    private final PDPage page;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    private final COSArray parents = new COSArray();

    PageTags(PDDocument document, PDPage page) {
        this.page = page;
        document.getDocumentCatalog().setStructureTreeRoot(root);
        body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(body);
        page.setStructParents(0);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    PDStructureElement open(String type) {
        var element = new PDStructureElement(type, body);
        element.setPage(page);
        body.appendKid(element);
        return element;
    }

    void paragraph(PDPageContentStream ink, String type, Drawing drawing) throws IOException {
        mark(ink, open(type), drawing);
    }

    /** Draws as marked content of the element. */
    @SuppressWarnings("deprecation")
    void mark(PDPageContentStream ink, PDStructureElement element, Drawing drawing) throws IOException {
        int mcid = parents.size();
        parents.add(element);
        var kids = element.getCOSObject().getCOSArray(COSName.K);
        if (kids == null) {
            kids = new COSArray();
            element.getCOSObject().setItem(COSName.K, kids);
        }
        kids.add(COSInteger.get(mcid));
        ink.appendRawCommands(("/" + element.getStructureType() + " <</MCID " + mcid + ">> BDC\n")
                .getBytes(StandardCharsets.US_ASCII));
        drawing.draw();
        ink.endMarkedContent();
    }

    void finish() {
        var tree = new COSDictionary();
        var nums = new COSArray();
        nums.add(COSInteger.ZERO);
        nums.add(parents);
        tree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(1);
    }
}
