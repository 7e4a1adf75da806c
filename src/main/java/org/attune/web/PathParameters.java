package org.attune.web;

import org.omnifaces.util.Faces;

/**
 * The segments of an address after its page's own, as OmniFaces' MultiViews passes them ({@code /learn/{module}/
 * {lesson}}: segment 0 is the module, 1 the lesson), for the pages every learner reads. It reads them as OmniFaces'
 * {@code @Param(pathIndex = n)} does, without its injection, which finds the bean manager through a walk of the
 * calling thread's stack on every request: on the lesson page that walk cost more than the page's own work.
 */
public final class PathParameters {

    private PathParameters() {}

    /** The segment at the index, or null when the address has none there (or an empty one). */
    public static String at(int index) {
        var info = Faces.getRequestPathInfo();
        if (info == null || info.isEmpty()) {
            return null;
        }
        var segments = (info.charAt(0) == '/' ? info.substring(1) : info).split("/");
        return index < segments.length && !segments[index].isEmpty() ? segments[index] : null;
    }
}
