package com.sendclean.portal.security;

/**
 * Longest account name and password the portal hashes or looks up. Anything longer is refused before the costly
 * argon2 check or a database query, so nobody can tie up a core with megabyte-long input.
 */
public final class InputLimits {

    public static final int MAX_USERNAME_INPUT = 64;
    public static final int MAX_PASSWORD_INPUT = 1024;

    private InputLimits() {
    }
}
