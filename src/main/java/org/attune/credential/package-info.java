/**
 * Verifiable credentials' cryptography as a plain library: the bundled JSON-LD contexts ({@link
 * org.attune.credential.Contexts}, never the network), {@code eddsa-rdfc-2022} Data Integrity proofs ({@link
 * org.attune.credential.DataIntegrity}) and multibase. It knows nothing of certificates, keys' storage or CDI: the
 * caller brings the document, the signing function and the public keys. Whatever it signs is bounded in size and
 * canonicalization work, and a term the contexts do not define is refused, never silently left out of the proof.
 */
package org.attune.credential;
