package com.sendclean.portal.credentials;

/** The tenant has no usable stored credentials: none yet, or they cannot be decrypted. */
public class CredentialsUnavailableException extends RuntimeException {

    private final CredentialsStatus.State state;

    CredentialsUnavailableException(CredentialsStatus.State state) {
        super(state == CredentialsStatus.State.UNREADABLE
                ? "The stored SendClean credentials cannot be read: the portal's encryption key changed or they "
                        + "were altered in the database. An Admin must enter them again."
                : "No SendClean credentials are stored for this account yet.");
        this.state = state;
    }

    public CredentialsStatus.State state() {
        return state;
    }
}
