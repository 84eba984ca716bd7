package com.sendclean.portal.crypto;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation across instances in two phases: after {@code keyset add} and after {@code keyset promote}, instances
 * on the previous phase and on the new one read everything each other writes.
 */
class KeysetAddPromoteCommandTest {

    private static final SecretContext TOKEN = new SecretContext(3, "api-token");

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final KeysetCommand command = new KeysetCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void addThenPromoteKeepsEveryPhaseReadingWhatTheOthersWrite() {
        Path file = directory.resolve("keyset.json");
        command.run(List.of("create", file.toString()));
        var phase0 = new SecretCipher(new KeysetFile(file).read(), "phase 0");
        byte[] written0 = phase0.encrypt("token written before the rotation", TOKEN);

        assertThat(command.run(List.of("add", file.toString()))).isEqualTo(KeysetCommand.OK);
        var phase1 = new SecretCipher(new KeysetFile(file).read(), "phase 1");
        assertThat(phase1.keysetSummary().keyIds()).hasSize(2);
        assertThat(phase1.keysetSummary().primaryKeyId()).as("the added key is not primary yet")
                .isEqualTo(phase0.keysetSummary().primaryKeyId());
        long added = phase1.keysetSummary().keyIds().getLast();
        byte[] written1 = phase1.encrypt("token written in phase 1", TOKEN);
        assertThat(phase0.decrypt(written1, TOKEN)).as("an instance not yet restarted reads phase 1's writes")
                .isEqualTo("token written in phase 1");

        assertThat(command.run(List.of("promote", file.toString()))).isEqualTo(KeysetCommand.OK);
        var phase2 = new SecretCipher(new KeysetFile(file).read(), "phase 2");
        assertThat(phase2.keysetSummary().primaryKeyId()).isEqualTo(added);
        byte[] written2 = phase2.encrypt("token written in phase 2", TOKEN);
        assertThat(phase1.decrypt(written2, TOKEN)).as("an instance still on phase 1 reads phase 2's writes")
                .isEqualTo("token written in phase 2");
        assertThat(phase2.decrypt(written0, TOKEN)).isEqualTo("token written before the rotation");
        assertThat(phase2.needsReencryption(written0)).isTrue();
        assertThat(phase2.needsReencryption(written2)).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not primary", "promote",
                "Key " + added + " is now the primary");
        SecretCipherTest.assertKeyMaterialAbsent(out.toString(StandardCharsets.UTF_8), new KeysetFile(file).read());
    }

    @Test
    void promoteWithNothingAddedSaysWhatToDoAndChangesNothing() throws Exception {
        Path file = directory.resolve("keyset.json");
        command.run(List.of("create", file.toString()));
        String before = Files.readString(file);

        assertThat(command.run(List.of("promote", file.toString()))).isEqualTo(KeysetCommand.FAILED);

        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no key added after its primary one", "keyset add");
    }
}
