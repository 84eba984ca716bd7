package com.sendclean.portal.security;

/** Identifies a portal user account. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
