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
              %1$s add FILE      add a new AES-256-GCM key that is NOT yet primary (rotation across instances, phase 1)
              %1$s promote FILE  make the key added last the primary (phase 2, once every instance has phase 1)

            Several instances: `add`, give the keyset to every instance and restart them one by one; then `promote`,
            roll out again the same way. Every instance reads everything at every step; stored credentials move to the
            new key once, under a cluster-wide lock, when the first instance with the promoted keyset starts.

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
        if (arguments.size() != 2 || !List.of("create", "rotate", "add", "promote").contains(arguments.getFirst())) {
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
            switch (arguments.getFirst()) {
                case "create" -> create(file);
                case "add" -> add(file);
                case "promote" -> promote(file);
                default -> rotate(file);
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

    private void add(KeysetFile file) {
        KeysetHandle added = Keysets.withNewSecondary(file.read());
        file.replace(added);
        KeysetSummary summary = Keysets.summary(added);
        out.println("Added key " + summary.keyIds().getLast() + " to " + file.path() + ", not primary: key "
                + summary.primaryKeyId() + " still encrypts, " + summary.keyIds().size() + " keys in all.");
        out.println("Give this keyset to every portal instance and restart them one at a time; then run `"
                + KeysetException.COMMAND + " promote " + file.path() + "`.");
    }

    private void promote(KeysetFile file) {
        KeysetHandle promoted = Keysets.withLastAddedPromoted(file.read(), file.description());
        file.replace(promoted);
        KeysetSummary summary = Keysets.summary(promoted);
        out.println("Key " + summary.primaryKeyId() + " is now the primary of " + file.path() + ", "
                + summary.keyIds().size() + " keys in all; ciphertexts under older keys stay readable.");
        out.println("Give this keyset to every portal instance and restart them one at a time: the first to start "
                + "re-encrypts stored credentials under the new key, once.");
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
