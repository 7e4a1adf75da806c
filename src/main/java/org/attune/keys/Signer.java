package org.attune.keys;

/** Signs with one issuer key without handing out its private key: the key's id, for the proof, and its signature. */
public interface Signer {

    String keyId();

    /** The signature of the bytes: Ed25519 for a credential key, SHA-256 with RSA (JWS RS256) for an LTI key. */
    byte[] sign(byte[] data);
}
