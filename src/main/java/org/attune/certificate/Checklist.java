package org.attune.certificate;

import java.io.Serializable;
import java.util.List;

/** What a learner has done and has left before their certificate, item by item. */
public record Checklist(String courseSlug, String courseTitle, List<Item> items, boolean autoIssue)
        implements Serializable {

    /** One thing to do: a module's lessons, a module's post-test, or the course evaluation. */
    public record Item(String label, String detail, boolean done, String link) implements Serializable {}

    public boolean complete() {
        return items.stream().allMatch(Item::done);
    }

    public long remaining() {
        return items.stream().filter(i -> !i.done()).count();
    }
}
