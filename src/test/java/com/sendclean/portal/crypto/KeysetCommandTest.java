package com.sendclean.portal.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final KeysetCommand command = new KeysetCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void createWritesAnOwnerOnlyAes256GcmKeyset() throws Exception {
        Path file = directory.resolve("secrets/keyset.json");

        assertThat(command.run(List.of("create", file.toString()))).isEqualTo(KeysetCommand.OK);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        KeysetHandle keyset = new KeysetFile(file).read();
        assertThat(keyset.size()).isEqualTo(1);
        var cipher = new SecretCipher(keyset, "the created keyset");
        var context = new SecretContext(1, "api-token");
        assertThat(cipher.decrypt(cipher.encrypt("secret", context), context)).isEqualTo("secret");
        assertThat(out()).contains(file.toString(), Long.toString(cipher.keysetSummary().primaryKeyId()),
                "back it up", "Never commit it");
        SecretCipherTest.assertKeyMaterialAbsent(out() + err(), keyset);
        assertThat(err()).isEmpty();
    }

    @Test
    void createNeverOverwritesAFile() throws Exception {
        Path file = directory.resolve("keyset.json");
        Files.writeString(file, "the only copy");

        assertThat(command.run(List.of("create", file.toString()))).isEqualTo(KeysetCommand.FAILED);

        assertThat(Files.readString(file)).isEqualTo("the only copy");
        assertThat(err()).contains(file.toString(), "already exists", "refusing to overwrite");
        assertThat(out()).isEmpty();
    }

    @Test
    void rotateAddsANewPrimaryAndKeepsOldCiphertextsReadable() throws Exception {
        Path file = directory.resolve("keyset.json");
        command.run(List.of("create", file.toString()));
        var before = new SecretCipher(new KeysetFile(file).read(), "before");
        var context = new SecretContext(3, "owner-id");
        byte[] old = before.encrypt("owner-123", context);

        assertThat(command.run(List.of("rotate", file.toString()))).isEqualTo(KeysetCommand.OK);

        var after = new SecretCipher(new KeysetFile(file).read(), "after");
        KeysetSummary summary = after.keysetSummary();
        assertThat(summary.keyIds()).hasSize(2).contains(before.keysetSummary().primaryKeyId());
        assertThat(summary.primaryKeyId()).isNotEqualTo(before.keysetSummary().primaryKeyId());
        assertThat(after.decrypt(old, context)).isEqualTo("owner-123");
        assertThat(after.needsReencryption(old)).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(out()).contains("key " + summary.primaryKeyId() + " is the new primary", "2 keys");
    }

    @Test
    void rotateExplainsAMissingOrBrokenFileWithoutQuotingIt() throws Exception {
        Path missing = directory.resolve("missing.json");
        assertThat(command.run(List.of("rotate", missing.toString()))).isEqualTo(KeysetCommand.FAILED);
        assertThat(err()).contains(missing.toString(), "does not exist");
        assertThat(missing).doesNotExist();

        Path broken = directory.resolve("broken.json");
        Files.writeString(broken,
                "{\"primaryKeyId\": 1, \"key\": [{\"keyData\": {\"value\": \"c2VjcmV0LWtleS1ieXRlcw==\"");
        assertThat(command.run(List.of("rotate", broken.toString()))).isEqualTo(KeysetCommand.FAILED);
        assertThat(err()).contains(broken.toString(), "is not a Tink keyset").doesNotContain("c2VjcmV0");
    }

    @Test
    void wrongUsagePrintsTheUsageAndFails() throws Exception {
        for (List<String> arguments : List.of(List.<String>of(), List.of("create"), List.of("destroy", "k.json"),
                List.of("create", "a.json", "b.json"))) {
            err.reset();
            assertThat(command.run(arguments)).as("%s", arguments).isEqualTo(KeysetCommand.USAGE);
            assertThat(err()).contains("Usage:", "keyset create FILE", "keyset rotate FILE");
        }
        assertThat(out()).isEmpty();
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(command.run(List.of("--help"))).isEqualTo(KeysetCommand.OK);
        assertThat(out()).contains("Usage:", "PORTAL_CRYPTO_KEYSET", "never commit it");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
