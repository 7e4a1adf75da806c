package org.attune.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The lesson body the two Faces rungs include: {@code Rungs <lesson.html> <lesson-body.xhtml>} writes the saved
 * lesson page's {@code <body>}, without its scripts (each rung's {@code h:head} brings its own), as a Facelets
 * composition. Facelets parses it as XML, so it is written as XHTML; text that Facelets would read as an expression
 * is refused rather than evaluated.
 */
public final class Rungs {

    public static void main(String[] args) throws Exception {
        var page = Jsoup.parse(Files.readString(Path.of(args[0])));
        page.select("script").remove();
        page.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        var body = page.body().html();
        if (body.contains("#{") || body.contains("${")) {
            throw new IllegalStateException("The lesson body holds an EL expression's opening: " + args[0]);
        }
        Files.writeString(
                Path.of(args[1]),
                "<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ui=\"jakarta.faces.facelets\">"
                        + body
                        + "</ui:composition>\n");
    }
}
