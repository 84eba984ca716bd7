package com.sendclean.portal.crypto;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local profile's keyset: generated once in the data directory and reused, so that a developer's stored
 * credentials survive restarts without anyone handling a keyset.
 */
final class LocalKeyset {

    static final String FILE_NAME = "local-keyset.json";
    private static final Logger log = LoggerFactory.getLogger(LocalKeyset.class);

    private LocalKeyset() {
    }

    /** The local keyset file in the data directory, created first if need be. */
    static KeysetFile in(Path dataDir) {
        var file = new KeysetFile(dataDir.resolve(FILE_NAME));
        if (file.exists()) {
            log.warn("Using the local keyset {}, which is for local use only: production needs PORTAL_CRYPTO_KEYSET or "
                    + "portal.crypto.keyset-file", file.path());
            return file;
        }
        file.create(Keysets.generate());
        log.warn("Generated the local keyset {} (readable only by this user), which is for local use only: production "
                + "needs PORTAL_CRYPTO_KEYSET or portal.crypto.keyset-file", file.path());
        return file;
    }
}
