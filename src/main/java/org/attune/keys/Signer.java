package org.attune.keys;

/** Signs with one issuer key without handing out its private key: the key's id, for the proof, and its signature. */
public interface Signer {

    String keyId();

    /** The Ed25519 signature of the bytes. */
    byte[] sign(byte[] data);
}
