package com.sendclean.portal.tenant;

import com.sendclean.portal.security.UserId;

/** A user as a member of one tenant. */
public record Member(UserId userId, String username, boolean active, TenantRole role) {
}
