package org.attune.authoring;

import jakarta.ws.rs.NotFoundException;

/** The module has no draft (never started, or published or discarded meanwhile): a 404 to a REST call. */
public class NotADraftException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public NotADraftException(String moduleSlug) {
        super("The module '" + moduleSlug + "' has no draft: start one from its page in the Author area.");
    }
}
