package com.sendclean.portal.security;

import com.sendclean.portal.shared.ClientAddresses;
import java.util.Locale;

/**
 * One try to sign in (or to prove who one is again): the account name as typed and the client address it came from,
 * a literal IP address or "unknown".
 */
public record SignInAttempt(String username, String address) {

    /** Account names longer than any real one are cut, so that nobody fills the table with huge keys. */
    private static final int MAX_KEY_LENGTH = 128;

    public SignInAttempt {
        username = username == null ? "" : username;
        address = ClientAddresses.literal(address).orElse("unknown");
    }

    /** Counted case-insensitively, like the user names themselves. */
    public String accountKey() {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    public String addressKey() {
        return address.length() > MAX_KEY_LENGTH ? address.substring(0, MAX_KEY_LENGTH) : address;
    }

    /** The account name from this address: the address last, as it holds no space. */
    String pairKey() {
        return accountKey() + " " + addressKey();
    }
}
