package com.sendclean.portal.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A cleartext JSON keyset in a file that only its owner may read or write. Creating never overwrites; replacing goes
 * through a temporary file and an atomic rename, so a crash leaves either the old keyset or the new one, never half.
 *
 * @param path the file
 */
record KeysetFile(Path path) {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    KeysetFile {
        path = path.toAbsolutePath().normalize();
    }

    String description() {
        return "the keyset file " + path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    KeysetHandle read() {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KeysetException("The keyset file " + path + " does not exist: point portal.crypto.keyset-file "
                    + "(PORTAL_CRYPTO_KEYSETFILE) at an existing keyset or create one with `"
                    + KeysetException.COMMAND + " create " + path + "`.");
        } catch (IOException e) {
            throw new KeysetException("The keyset file " + path + " cannot be read (" + e.getClass().getSimpleName()
                    + "): let the portal's user read it.", e);
        }
        return Keysets.parse(json, description());
    }

    /** Writes a new file; an existing one is never overwritten, as it may be the only copy of its keys. */
    void create(KeysetHandle keyset) {
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            createOwnerOnly(path);
        } catch (FileAlreadyExistsException e) {
            throw new KeysetException("The file " + path + " already exists: refusing to overwrite it, as it may be "
                    + "the only copy of a keyset.");
        } catch (IOException e) {
            throw new KeysetException("The keyset file " + path + " cannot be created (" + e.getClass().getSimpleName()
                    + "): choose a writable place.", e);
        }
        try {
            Files.writeString(path, Keysets.toJson(keyset), StandardCharsets.UTF_8);
        } catch (IOException e) {
            deleteQuietly(path);
            throw new KeysetException("The keyset file " + path + " cannot be written (" + e.getClass().getSimpleName()
                    + "): choose a writable place.", e);
        }
    }

    /** Puts another keyset in place of this file's, atomically. */
    void replace(KeysetHandle keyset) {
        Path temporary = path.resolveSibling("." + path.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            createOwnerOnly(temporary);
            Files.writeString(temporary, Keysets.toJson(keyset), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new KeysetException("The keyset file " + path + " cannot be replaced (" + e.getClass().getSimpleName()
                    + "): let the portal's user write its directory; the file is unchanged.", e);
        }
    }

    /** Whether only the owner may read the file; true where the file system has no POSIX permissions. */
    boolean isOwnerOnly() {
        try {
            return OWNER_ONLY.containsAll(Files.getPosixFilePermissions(path));
        } catch (UnsupportedOperationException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        try {
            Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the original failure is what the caller needs to hear about
        }
    }
}
