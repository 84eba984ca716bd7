package com.sendclean.portal.security;

import java.time.Instant;

/**
 * A person who signs in to the portal. The password hash never leaves the security package's services.
 */
public record UserAccount(
        UserId id,
        String username,
        String passwordHash,
        boolean platformAdmin,
        boolean active,
        boolean mustChangePassword,
        Instant passwordChangedAt,
        Instant createdAt) {

    @Override
    public String toString() {
        return "UserAccount[id=" + id + ", username=" + username + ", platformAdmin=" + platformAdmin + ", active="
                + active + "]";
    }
}
