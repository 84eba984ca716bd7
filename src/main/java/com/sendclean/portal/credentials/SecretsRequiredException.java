package com.sendclean.portal.credentials;

import com.sendclean.portal.shared.InvalidInputException;
import java.util.Set;

/**
 * The owner ID and/or API token must be typed, because the stored ones may not be used with the app domain given:
 * they are only ever sent to the stored app domain. The form marks every field in {@link #fields()}.
 */
public class SecretsRequiredException extends InvalidInputException {

    private final Set<CredentialsField> fields;

    SecretsRequiredException(Set<CredentialsField> fields, String message) {
        super(fields.iterator().next(), message);
        this.fields = Set.copyOf(fields);
    }

    /** The form fields still to be typed: {@code OWNER_ID}, {@code API_TOKEN} or both. */
    public Set<CredentialsField> fields() {
        return fields;
    }
}
