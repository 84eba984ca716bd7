package com.sendclean.portal.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetFileTest {

    @TempDir
    Path directory;

    @Test
    void replacingKeepsTheFileOwnerOnlyAndLeavesNothingBehind() throws Exception {
        var file = new KeysetFile(directory.resolve("keyset.json"));
        file.create(Keysets.generate());
        var rotated = Keysets.withNewPrimary(file.read());

        file.replace(rotated);

        assertThat(file.read().equalsKeyset(rotated)).isTrue();
        assertThat(file.isOwnerOnly()).isTrue();
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(file.path());
        }
    }

    @Test
    void noticesAFileOthersMayRead() throws Exception {
        var file = new KeysetFile(directory.resolve("keyset.json"));
        file.create(Keysets.generate());
        Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(file.isOwnerOnly()).isFalse();
    }

    @Test
    void anUnreadableFileIsExplainedWithoutItsContent() throws Exception {
        var file = new KeysetFile(directory.resolve("keyset.json"));
        Files.writeString(file.path(), "AKIA-not-a-keyset-SECRET");

        assertThatThrownBy(file::read)
                .isInstanceOf(KeysetException.class)
                .hasMessageContaining(file.path().toString())
                .hasMessageNotContaining("SECRET")
                .hasNoCause();
    }
}
