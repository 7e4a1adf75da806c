package org.attune.authoring;

import org.attune.web.Refusal;

/** A QTI package, or one file of it, that cannot be read at all: the message (a key and its arguments) says which and why. */
class QtiRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    QtiRefusal(String key, Object... args) {
        super(key, args);
    }
}
