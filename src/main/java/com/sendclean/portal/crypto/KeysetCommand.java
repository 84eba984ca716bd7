package com.sendclean.portal.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar sendclean-portal.jar keyset create|rotate FILE}: the keyset tooling ops need before the portal can
 * start, run without Spring. It prints key ids and paths, never key material.
 */
public class KeysetCommand {

    /** The first argument that selects this command instead of the portal. */
    public static final String NAME = "keyset";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage:
              %1$s create FILE   write a new AES-256-GCM keyset to FILE, readable only by you; never overwrites
              %1$s rotate FILE   add a new AES-256-GCM primary key to FILE; ciphertexts under older keys stay readable

            The portal reads the keyset from PORTAL_CRYPTO_KEYSET (the file's JSON) or from the file named in
            portal.crypto.keyset-file (PORTAL_CRYPTO_KEYSETFILE). Back the keyset up and never commit it: losing it
            means every tenant must enter their SendClean credentials again.
            """.formatted(KeysetException.COMMAND);

    private final PrintStream out;
    private final PrintStream err;

    public KeysetCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command.
     *
     * @param arguments what follows {@code keyset} on the command line
     * @return the process's exit status: 0 done, 1 failed, 2 wrong usage
     */
    public int run(List<String> arguments) {
        if (arguments.size() == 1 && List.of("help", "--help", "-h").contains(arguments.getFirst())) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (arguments.size() != 2 || !List.of("create", "rotate").contains(arguments.getFirst())) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        KeysetFile file;
        try {
            file = new KeysetFile(Path.of(arguments.get(1)));
        } catch (InvalidPathException e) {
            err.println("Not a file name: " + arguments.get(1));
            return USAGE;
        }
        try {
            if (arguments.getFirst().equals("create")) {
                create(file);
            } else {
                rotate(file);
            }
            return OK;
        } catch (KeysetException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private void create(KeysetFile file) {
        KeysetHandle keyset = Keysets.generate();
        file.create(keyset);
        out.println("Created " + file.path() + " with one AES-256-GCM key (id "
                + Keysets.summary(keyset).primaryKeyId() + "), readable only by you.");
        out.println("Store it in your secret manager and back it up: losing it means every tenant must enter their "
                + "SendClean credentials again. Never commit it.");
    }

    private void rotate(KeysetFile file) {
        KeysetHandle rotated = Keysets.withNewPrimary(file.read());
        file.replace(rotated);
        KeysetSummary summary = Keysets.summary(rotated);
        out.println("Rotated " + file.path() + ": key " + summary.primaryKeyId() + " is the new primary, "
                + summary.keyIds().size() + " keys in all; ciphertexts under older keys stay readable.");
        out.println("Update the copy in your secret manager and its backup, then restart the portal: it encrypts "
                + "with the new key and re-encrypts stored credentials under it.");
    }
}
