package com.sendclean.portal.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the keyset that encrypts tenants' secrets comes from ({@code portal.crypto.*}); set exactly one of
 * {@code keyset} and {@code keysetFile}, or, in the local profile only, let one be generated.
 *
 * @param keyset the keyset's cleartext JSON, normally from the environment variable PORTAL_CRYPTO_KEYSET
 * @param keysetFile a file holding the keyset's JSON (PORTAL_CRYPTO_KEYSETFILE); rotatable at run time
 * @param generateLocalKeyset create, then reuse, {@code <portal.data-dir>/local-keyset.json} when neither is set; set
 *     by the local profile, never in production, where a missing keyset must stop the start rather than silently
 *     yield a key nobody backed up
 */
@ConfigurationProperties("portal.crypto")
record CryptoProperties(String keyset, Path keysetFile, boolean generateLocalKeyset) {

    boolean hasKeyset() {
        return keyset != null && !keyset.isBlank();
    }

    @Override
    public String toString() {
        // the keyset is key material
        return "CryptoProperties[keyset=" + (hasKeyset() ? "***" : "unset") + ", keysetFile=" + keysetFile
                + ", generateLocalKeyset=" + generateLocalKeyset + "]";
    }
}
