package com.sendclean.portal.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a secret belongs: one field of one tenant, and optionally one more value it only makes sense with (the host it
 * may be sent to). It becomes the associated data of the encryption, so a ciphertext copied to another tenant's row or
 * into another field, or kept while the bound value changed, does not decrypt.
 *
 * @param tenantId the tenant that owns the secret
 * @param field the secret's name within the tenant, e.g. {@code api-token}; letters, digits, {@code . _ -} only
 * @param boundTo the value the secret is bound to, e.g. an app domain, or null for tenant and field only (the first
 *     format, which rows written before the binding still use)
 */
public record SecretContext(long tenantId, String field, String boundTo) {

    // no '|' or ':' in a field name keeps "tenant:<id>|field:<name>" unambiguous
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public SecretContext {
        Objects.requireNonNull(field, "field");
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException(
                    "A secret's field name has 1 to 100 letters, digits, '.', '_' or '-', not '" + field + "'");
        }
        if (boundTo != null && (boundTo.isEmpty() || boundTo.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("A secret is bound to a non-empty value without control characters");
        }
    }

    /** Tenant and field only: the first format. */
    public SecretContext(long tenantId, String field) {
        this(tenantId, field, null);
    }

    /** The same tenant and field, bound to one more value as well (the second format). */
    public SecretContext boundTo(String value) {
        return new SecretContext(tenantId, field, Objects.requireNonNull(value, "value"));
    }

    /**
     * The bytes bound to the ciphertext: {@code tenant:<id>|field:<name>}, or with a bound value
     * {@code v2|tenant:<id>|field:<name>|bound:<value>} (the value last, so it may contain anything). Changing either
     * format makes every secret stored in it unreadable.
     */
    byte[] associatedData() {
        String base = "tenant:" + tenantId + "|field:" + field;
        return (boundTo == null ? base : "v2|" + base + "|bound:" + boundTo).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SecretContext[tenantId=" + tenantId + ", field=" + field
                + (boundTo == null ? "" : ", boundTo=" + boundTo) + "]";
    }
}
