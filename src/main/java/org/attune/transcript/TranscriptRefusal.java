package org.attune.transcript;

import org.attune.web.Refusal;

/** A change to a clinician's transcript that is refused: a {@code transcript.refusal.} key and its arguments. */
public class TranscriptRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public TranscriptRefusal(String key, Object... args) {
        super(key, args);
    }
}
