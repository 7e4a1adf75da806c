package org.attune.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which revisions of a module were live at some moment of a range: a revision is live from its publication until
 * the next one's, the newest until now.
 */
final class LiveRevisions {

    /** A revision's number, publication and the publication of the one after it (null for the newest). */
    record Span<T>(T revision, Instant from, Instant until) {}

    /** How to read a revision's publication time. */
    interface Published<T> {
        Instant at(T revision);
    }

    private LiveRevisions() {}

    /** The revisions live at some instant in [start, end), oldest first. */
    static <T> List<Span<T>> within(List<T> revisions, Published<T> published, Instant start, Instant end) {
        var ordered = new ArrayList<>(revisions);
        ordered.sort(Comparator.comparing(published::at));
        var live = new ArrayList<Span<T>>();
        for (int i = 0; i < ordered.size(); i++) {
            var from = published.at(ordered.get(i));
            var until = i + 1 < ordered.size() ? published.at(ordered.get(i + 1)) : null;
            if (from.isBefore(end) && (until == null || until.isAfter(start))) {
                live.add(new Span<>(ordered.get(i), from, until));
            }
        }
        return live;
    }
}
