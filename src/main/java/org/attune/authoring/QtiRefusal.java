package org.attune.authoring;

/** A QTI package, or one file of it, that cannot be read at all: the message says which and why. */
class QtiRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    QtiRefusal(String message) {
        super(message);
    }
}
