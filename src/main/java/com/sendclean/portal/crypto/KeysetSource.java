package com.sendclean.portal.crypto;

import com.google.crypto.tink.KeysetHandle;

/** Where the portal's keyset comes from. Never the database: a keyset next to the ciphertexts protects nothing. */
sealed interface KeysetSource {

    KeysetHandle load();

    /** For messages and logs; names the source, never its content. */
    String description();

    /**
     * The keyset's JSON in a property, normally the environment variable PORTAL_CRYPTO_KEYSET filled from a secret
     * manager. The portal cannot write it back, so it cannot rotate it.
     */
    record FromProperty(String json) implements KeysetSource {

        @Override
        public KeysetHandle load() {
            return Keysets.parse(json, description());
        }

        @Override
        public String description() {
            return "PORTAL_CRYPTO_KEYSET (portal.crypto.keyset)";
        }

        @Override
        public String toString() {
            // the JSON is key material
            return "FromProperty[json=***]";
        }
    }

    /** A keyset file, which the portal can rotate in place. */
    record FromFile(KeysetFile file) implements KeysetSource {

        @Override
        public KeysetHandle load() {
            return file.read();
        }

        @Override
        public String description() {
            return file.description();
        }
    }
}
