package com.sendclean.portal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules every new password must meet (NIST SP 800-63B, OWASP ASVS 2.1): long enough, not absurdly long, no
 * composition rules, not a known common or breached password, and neither the user name nor containing it.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Shorter user names are too likely to occur in a passphrase by chance to be refused inside one. */
    static final int MIN_CONTAINED_NAME = 4;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load("security/common-passwords.txt");
    }

    /** @return why the password is refused, in words for the person typing it, or empty when it is acceptable */
    public Optional<String> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String name = username == null ? "" : username.strip();
        if (!name.isEmpty() && password.equalsIgnoreCase(name)) {
            return Optional.of("The password must not be the user name.");
        }
        // a name of four or more characters inside the password ("adminadminadmin") is the first thing guessed
        if (name.length() >= MIN_CONTAINED_NAME
                && password.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is too common; choose another.");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        var passwords = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the portal", e);
        }
        return Set.copyOf(passwords);
    }
}
