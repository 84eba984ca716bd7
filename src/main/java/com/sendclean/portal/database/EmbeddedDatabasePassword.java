package com.sendclean.portal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The embedded PostgreSQL's superuser password: generated once, kept in a file that only the portal's user can read
 * (in the data directory, beside the database's own files), and never logged.
 */
final class EmbeddedDatabasePassword {

    static final String FILE = "postgres-superuser-password.txt";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private EmbeddedDatabasePassword() {}

    /** The password in {@code <dataDir>/postgres-superuser-password.txt}, created on first use. */
    static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            Files.createDirectories(dataDir);
            String password = generate();
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the embedded PostgreSQL's password file " + file, e);
        }
    }

    /** Letters and digits only, so it can be written into SQL and initdb's password file as it is. */
    private static String generate() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
