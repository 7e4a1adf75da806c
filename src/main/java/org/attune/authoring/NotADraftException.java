package org.attune.authoring;

/**
 * The module has no draft (never started, or published or discarded meanwhile, perhaps by someone else): a page
 * says so where the author is, a REST call answers 404. Nothing has been changed.
 */
public class NotADraftException extends AuthoringRefusal {

    private static final long serialVersionUID = 1L;

    public NotADraftException(String moduleSlug) {
        super("The module '" + moduleSlug + "' has no draft now: none was started, or it was published or discarded"
                + " since you opened it. Nothing was saved; start a draft from the module's page in the Author area.");
    }
}
