package com.sendclean.portal.security;

import java.util.Locale;

/** One try to sign in: the account name as typed and the client address it came from. */
public record SignInAttempt(String username, String address) {

    /** Account names longer than any real one are cut, so that nobody fills the table with huge keys. */
    private static final int MAX_KEY_LENGTH = 128;

    public SignInAttempt {
        username = username == null ? "" : username;
        address = address == null || address.isBlank() ? "unknown" : address;
    }

    /** Counted case-insensitively, like the user names themselves. */
    public String accountKey() {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    public String addressKey() {
        return address.length() > MAX_KEY_LENGTH ? address.substring(0, MAX_KEY_LENGTH) : address;
    }
}
