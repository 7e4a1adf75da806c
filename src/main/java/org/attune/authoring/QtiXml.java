package org.attune.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * XML for QTI packages, read as untrusted input: a document with a DTD ({@code <!DOCTYPE>}) is refused before any
 * of it is read, so neither external entities (XXE) nor entity expansion (billion laughs) can happen; external
 * schemas, stylesheets and XIncludes are never fetched; the JDK's secure-processing limits hold besides. QTI 3.0
 * needs no DTD, so refusing every one refuses no real package.
 */
final class QtiXml {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private QtiXml() {}

    /** The document, or a refusal that says in the author's words why the file does not read. */
    static Document parse(byte[] xml, String name) throws QtiRefusal {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new IOException("external entities are not read");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new QtiRefusal("author.qti.dtd", name);
            }
            throw new QtiRefusal(
                    "author.qti.notWellFormed",
                    name,
                    String.valueOf(e.getLineNumber()),
                    String.valueOf(e.getColumnNumber()),
                    e.getMessage());
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new QtiRefusal("author.qti.notXml", name, e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    static Document newDocument() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] write(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element's child elements of the given local name (any namespace), in document order. */
    static List<Element> children(Element parent, String localName) {
        var found = new ArrayList<Element>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every descendant element of the given local name, in document order. */
    static List<Element> descendants(Element parent, String localName) {
        var found = new ArrayList<Element>();
        var list = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /**
     * The element's content as HTML (its child nodes, with their local names and attributes, namespace
     * declarations left out), for the lessons' sanitizer to judge.
     */
    static String innerHtml(Node parent) {
        var html = new StringBuilder();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            html(n, html);
        }
        return html.toString();
    }

    private static void html(Node node, StringBuilder html) {
        if (node instanceof Element e) {
            html.append('<').append(e.getLocalName());
            var attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                var a = attributes.item(i);
                var name = a.getNodeName();
                if (!name.equals("xmlns") && !name.startsWith("xmlns:")) {
                    html.append(' ')
                            .append(a.getLocalName() == null ? name : a.getLocalName())
                            .append("=\"")
                            .append(escape(a.getNodeValue()))
                            .append('"');
                }
            }
            html.append('>');
            for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                html(n, html);
            }
            html.append("</").append(e.getLocalName()).append('>');
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            html.append(escape(node.getNodeValue()));
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
