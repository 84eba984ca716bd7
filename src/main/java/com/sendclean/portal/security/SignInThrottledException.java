package com.sendclean.portal.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in is paused for this account name or client address after too many failures. It is thrown the same way for
 * names that do not exist, so it never tells whether an account is real.
 */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
