package com.sendclean.portal.tenant;

import java.time.Instant;

/** One customer account. The slug names it in URLs and stays the same when it is renamed. */
public record Tenant(TenantId id, String name, String slug, boolean active, Instant createdAt) {
}
