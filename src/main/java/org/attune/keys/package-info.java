/**
 * The issuer's keys: the Ed25519 key pairs Attune signs its verifiable credentials with, one active key for the whole
 * cluster, created once at the first start and kept in the database with its private key sealed under the
 * key-encryption key ({@link org.attune.database.KeyEncryption}). Rotation retires the active key and makes a new
 * one; no key is ever deleted, so the public key of everything ever signed stays published. It uses only the
 * database package, and never hands out a private key: callers get a {@link org.attune.keys.Signer}.
 */
package org.attune.keys;
