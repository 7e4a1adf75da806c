package org.attune.authoring;

import java.io.Serializable;
import org.attune.catalog.ModuleRevision;
import org.attune.web.Dates;
import org.attune.web.Texts;

/** A published revision of a module, as the history on its Author page lists it. */
public record RevisionLine(int number, String source, String by, String at, int lessons) implements Serializable {

    static RevisionLine of(ModuleRevision r) {
        return new RevisionLine(
                r.getRevision(),
                Texts.text(
                        r.getSource() == ModuleRevision.Source.FOLDER
                                ? "author.module.source.folder"
                                : "author.module.source.author"),
                r.getPublishedBy(),
                Dates.format(r.getPublishedAt()),
                r.getLessonCount());
    }
}
