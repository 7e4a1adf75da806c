package org.attune.authoring;

import jakarta.ws.rs.ForbiddenException;

/**
 * The person may not author this course or module. A {@link ForbiddenException}, so a REST call answers 403; a
 * page or form action that meets it shows the 403 page (see web.xml).
 */
public class NotAnAuthorException extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    public NotAnAuthorException() {
        super("You may not author this course.");
    }
}
