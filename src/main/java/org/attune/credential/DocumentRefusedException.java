package org.attune.credential;

/**
 * A document that cannot be signed as it is: an unknown context, a term no context defines, or a document over the
 * bounds of size, depth or canonicalization work. The message says which.
 */
public class DocumentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentRefusedException(String message) {
        super(message);
    }

    public DocumentRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
