package com.sendclean.portal.sandbox;

import java.util.Optional;

/** An SMTP user's status, spelt on the wire as SendClean does: {@code Enable} or {@code Disable}. */
public enum SandboxSmtpStatus {
    ENABLE("Enable"),
    DISABLE("Disable");

    private final String wireValue;

    SandboxSmtpStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /** The status for a wire value; SendClean's values are case-sensitive, so this is too. */
    public static Optional<SandboxSmtpStatus> fromWire(String value) {
        for (SandboxSmtpStatus status : values()) {
            if (status.wireValue.equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
