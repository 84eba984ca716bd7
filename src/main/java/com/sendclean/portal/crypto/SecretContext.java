package com.sendclean.portal.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a secret belongs: one field of one tenant. It becomes the associated data of the encryption, so a ciphertext
 * copied to another tenant's row or into another field does not decrypt.
 *
 * @param tenantId the tenant that owns the secret
 * @param field the secret's name within the tenant, e.g. {@code api-token}; letters, digits, {@code . _ -} only
 */
public record SecretContext(long tenantId, String field) {

    // no '|' or ':' in a field name keeps "tenant:<id>|field:<name>" unambiguous
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public SecretContext {
        Objects.requireNonNull(field, "field");
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException(
                    "A secret's field name has 1 to 100 letters, digits, '.', '_' or '-', not '" + field + "'");
        }
    }

    /** The bytes bound to the ciphertext; changing this format makes every stored secret unreadable. */
    byte[] associatedData() {
        return ("tenant:" + tenantId + "|field:" + field).getBytes(StandardCharsets.UTF_8);
    }
}
