package com.sendclean.portal.crypto;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetRotationTest {

    private static final SecretContext OWNER_ID = new SecretContext(5, "owner-id");

    @TempDir
    Path directory;

    @Test
    void rotatesTheKeysetFileAndEncryptsUnderTheNewPrimaryAtOnce() {
        var file = new KeysetFile(directory.resolve("keyset.json"));
        file.create(Keysets.generate());
        var source = new KeysetSource.FromFile(file);
        var cipher = new SecretCipher(source.load(), source.description());
        byte[] old = cipher.encrypt("owner-42", OWNER_ID);
        var rotation = new KeysetRotation(source, cipher);

        assertThat(rotation.isAvailable()).isTrue();
        KeysetSummary summary = rotation.rotate();

        assertThat(summary.keyIds()).hasSize(2);
        assertThat(cipher.keysetSummary()).isEqualTo(summary);
        assertThat(Keysets.summary(file.read())).isEqualTo(summary);
        assertThat(file.isOwnerOnly()).isTrue();
        assertThat(cipher.decrypt(old, OWNER_ID)).isEqualTo("owner-42");
        assertThat(cipher.needsReencryption(old)).isTrue();
        byte[] moved = cipher.reencrypt(old, OWNER_ID);
        assertThat(cipher.needsReencryption(moved)).isFalse();
        assertThat(SecretCipherTest.keyIdOf(moved)).isEqualTo(summary.primaryKeyId());
    }

    @Test
    void keepsKeysAddedToTheFileSinceTheStart() {
        var file = new KeysetFile(directory.resolve("keyset.json"));
        file.create(Keysets.generate());
        var source = new KeysetSource.FromFile(file);
        var cipher = new SecretCipher(source.load(), source.description());
        file.replace(Keysets.withNewPrimary(file.read()));

        assertThat(new KeysetRotation(source, cipher).rotate().keyIds()).hasSize(3);
    }

    @Test
    void aKeysetFromTheEnvironmentCannotBeRotatedAtRunTimeAndSaysWhatToDoInstead() {
        var source = new KeysetSource.FromProperty(Keysets.toJson(Keysets.generate()));
        var cipher = new SecretCipher(source.load(), source.description());
        var rotation = new KeysetRotation(source, cipher);
        KeysetSummary before = cipher.keysetSummary();

        assertThat(rotation.isAvailable()).isFalse();
        assertThatThrownBy(rotation::rotate)
                .isInstanceOf(KeysetRotationUnavailableException.class)
                .hasMessageContaining("PORTAL_CRYPTO_KEYSET")
                .hasMessageContaining("keyset rotate FILE")
                .hasMessageContaining("restart");
        assertThat(cipher.keysetSummary()).isEqualTo(before);
    }
}
