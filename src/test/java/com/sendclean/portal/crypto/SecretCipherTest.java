package com.sendclean.portal.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    private static final String TOKEN = "sc_live_5f2b9c0e7a41d3";
    private static final SecretContext API_TOKEN = new SecretContext(7, "api-token");

    private final KeysetHandle keyset = Keysets.generate();
    private final SecretCipher cipher = new SecretCipher(keyset, "a test keyset");

    @Test
    void decryptsWhatItEncrypted() {
        assertThat(cipher.decrypt(cipher.encrypt(TOKEN, API_TOKEN), API_TOKEN)).isEqualTo(TOKEN);
        assertThat(cipher.decrypt(cipher.encrypt("", API_TOKEN), API_TOKEN)).isEmpty();
        assertThat(cipher.decrypt(cipher.encrypt("clé✓ 🔑", API_TOKEN), API_TOKEN)).isEqualTo("clé✓ 🔑");
    }

    @Test
    void eachCiphertextIsNewAndHoldsNoPlaintext() {
        byte[] first = cipher.encrypt(TOKEN, API_TOKEN);
        byte[] second = cipher.encrypt(TOKEN, API_TOKEN);

        assertThat(first).isNotEqualTo(second);
        for (byte[] ciphertext : new byte[][] {first, second}) {
            assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1))
                    .doesNotContain(TOKEN)
                    .doesNotContain("5f2b9c");
            assertThat(Base64.getEncoder().encodeToString(ciphertext)).doesNotContain(TOKEN);
        }
    }

    @Test
    void aCiphertextMovedToAnotherTenantOrFieldDoesNotDecrypt() {
        byte[] ciphertext = cipher.encrypt(TOKEN, API_TOKEN);

        for (SecretContext elsewhere : new SecretContext[] {
                new SecretContext(8, "api-token"), new SecretContext(7, "owner-id"),
                new SecretContext(-7, "api-token")}) {
            assertThatThrownBy(() -> cipher.decrypt(ciphertext, elsewhere))
                    .isInstanceOfSatisfying(UnreadableSecretException.class, e -> {
                        assertThat(e.reason()).isEqualTo(UnreadableSecretException.Reason.NOT_AUTHENTIC);
                        assertThat(e.context()).isEqualTo(elsewhere);
                    });
        }
    }

    @Test
    void anAlteredCiphertextDoesNotDecrypt() {
        byte[] ciphertext = cipher.encrypt(TOKEN, API_TOKEN);
        ciphertext[ciphertext.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(ciphertext, API_TOKEN))
                .isInstanceOfSatisfying(UnreadableSecretException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableSecretException.Reason.NOT_AUTHENTIC));
    }

    @Test
    void afterRotationOldCiphertextsStillDecryptAndNewOnesUseTheNewPrimary() {
        byte[] old = cipher.encrypt(TOKEN, API_TOKEN);
        KeysetHandle rotated = Keysets.withNewPrimary(keyset);
        long oldPrimary = cipher.keysetSummary().primaryKeyId();

        cipher.use(rotated, "the rotated keyset");

        KeysetSummary summary = cipher.keysetSummary();
        assertThat(summary.primaryKeyId()).isNotEqualTo(oldPrimary);
        assertThat(summary.keyIds()).containsExactlyInAnyOrder(oldPrimary, summary.primaryKeyId());
        assertThat(cipher.decrypt(old, API_TOKEN)).isEqualTo(TOKEN);
        byte[] fresh = cipher.encrypt(TOKEN, API_TOKEN);
        assertThat(keyIdOf(fresh)).isEqualTo(summary.primaryKeyId());
        assertThat(keyIdOf(old)).isEqualTo(oldPrimary);
        assertThat(cipher.needsReencryption(old)).isTrue();
        assertThat(cipher.needsReencryption(fresh)).isFalse();
    }

    @Test
    void reencryptionMovesACiphertextToThePrimaryAndLeavesCurrentOnesAlone() {
        byte[] old = cipher.encrypt(TOKEN, API_TOKEN);
        cipher.use(Keysets.withNewPrimary(keyset), "the rotated keyset");

        byte[] moved = cipher.reencrypt(old, API_TOKEN);

        assertThat(cipher.needsReencryption(moved)).isFalse();
        assertThat(keyIdOf(moved)).isEqualTo(cipher.keysetSummary().primaryKeyId());
        assertThat(cipher.decrypt(moved, API_TOKEN)).isEqualTo(TOKEN);
        assertThat(cipher.reencrypt(moved, API_TOKEN)).isSameAs(moved);
        assertThatThrownBy(() -> cipher.reencrypt(old, new SecretContext(8, "api-token")))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void withAnotherKeysetASecretIsUnreadableAndTheMessageGivesNothingAway() {
        byte[] ciphertext = cipher.encrypt(TOKEN, API_TOKEN);
        SecretCipher wrongKeyset = SecretCipher.withEphemeralKeyset();

        assertThat(wrongKeyset.needsReencryption(ciphertext)).isTrue();
        assertThatThrownBy(() -> wrongKeyset.decrypt(ciphertext, API_TOKEN))
                .isInstanceOfSatisfying(UnreadableSecretException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableSecretException.Reason.UNKNOWN_KEY);
                    assertThat(e.getMessage())
                            .contains("api-token", "tenant 7", "keyset is lost or wrong",
                                    Long.toString(cipher.keysetSummary().primaryKeyId()))
                            .doesNotContain(TOKEN)
                            .doesNotContain(Base64.getEncoder().encodeToString(ciphertext))
                            .doesNotContain(HexFormat.of().formatHex(ciphertext).substring(10));
                    assertThat(e).hasNoCause();
                    assertKeyMaterialAbsent(e.getMessage(), keyset);
                });
        assertThatThrownBy(() -> wrongKeyset.reencrypt(ciphertext, API_TOKEN))
                .isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void somethingThatIsNoCiphertextIsMalformed() {
        for (byte[] garbage : new byte[][] {new byte[0], new byte[] {1, 2, 3}, "plain text".getBytes(), null}) {
            assertThatThrownBy(() -> cipher.decrypt(garbage, API_TOKEN))
                    .isInstanceOfSatisfying(UnreadableSecretException.class,
                            e -> assertThat(e.reason()).isEqualTo(UnreadableSecretException.Reason.MALFORMED));
        }
    }

    @Test
    void refusesAKeysetWhosePrimaryIsNotAes256Gcm() throws Exception {
        KeysetHandle aes128 = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES128_GCM)
                        .withRandomId().makePrimary())
                .build();

        assertThatThrownBy(() -> new SecretCipher(aes128, "the file k.json"))
                .isInstanceOf(KeysetException.class)
                .hasMessageContaining("the file k.json")
                .hasMessageContaining("keyset rotate FILE");
        // rotating such a keyset gives it a usable primary and keeps the old key readable
        var rotated = new SecretCipher(Keysets.withNewPrimary(aes128), "the rotated keyset");
        assertThat(rotated.keysetSummary().keyIds()).hasSize(2);
    }

    static long keyIdOf(byte[] ciphertext) {
        assertThat(ciphertext[0]).as("Tink's TINK prefix").isEqualTo((byte) 1);
        return Integer.toUnsignedLong(ByteBuffer.wrap(Arrays.copyOfRange(ciphertext, 1, 5)).getInt());
    }

    /** Fails if any key's bytes, as the keyset's JSON writes them, appear in the text. */
    static void assertKeyMaterialAbsent(String text, KeysetHandle keyset) {
        String json = Keysets.toJson(keyset);
        var values = Pattern.compile("\"value\":\"([^\"]+)\"").matcher(json);
        int found = 0;
        while (values.find()) {
            found++;
            assertThat(text).doesNotContain(values.group(1)).doesNotContain(values.group(1).substring(4, 20));
        }
        assertThat(found).as("key values in the keyset's JSON").isPositive();
    }
}
