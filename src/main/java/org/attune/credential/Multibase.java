package org.attune.credential;

/**
 * The two multibase encodings credentials use: base58btc ({@code z…}, proof values and Multikeys) and base64url
 * without padding ({@code u…}, the status list). Thin names over copper-multibase.
 */
public final class Multibase {

    private Multibase() {}

    public static String base58btc(byte[] bytes) {
        return com.apicatalog.multibase.Multibase.BASE_58_BTC.encode(bytes);
    }

    public static String base64url(byte[] bytes) {
        return com.apicatalog.multibase.Multibase.BASE_64_URL.encode(bytes);
    }

    /** The bytes of a base58btc or base64url multibase string; anything else is an IllegalArgumentException. */
    public static byte[] decode(String encoded) {
        for (var base : new com.apicatalog.multibase.Multibase[] {
            com.apicatalog.multibase.Multibase.BASE_58_BTC, com.apicatalog.multibase.Multibase.BASE_64_URL
        }) {
            if (encoded != null && base.isEncoded(encoded)) {
                return base.decode(encoded);
            }
        }
        throw new IllegalArgumentException("Not a base58btc or base64url multibase value.");
    }
}
