package org.attune.transcript;

/** A change to a clinician's transcript that is refused, with the message the clinician reads. */
public class TranscriptRefusal extends Exception {

    public TranscriptRefusal(String message) {
        super(message);
    }
}
