package org.attune.lti;

import org.attune.web.Refusal;

/** Why a deep-linking launch cannot be answered by the person asking: a key of area {@code lti.} and its arguments. */
public class DeepLinkRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public DeepLinkRefusal(String key, Object... args) {
        super(key, args);
    }
}
