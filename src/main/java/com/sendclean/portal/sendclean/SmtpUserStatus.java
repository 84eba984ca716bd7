package com.sendclean.portal.sendclean;

/** SendClean's status of an SMTP user, spelled on the wire as "Enable" and "Disable". */
public enum SmtpUserStatus {
    ENABLED("Enable"),
    DISABLED("Disable");

    private final String wireValue;

    SmtpUserStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    static SmtpUserStatus fromWire(String value) {
        for (SmtpUserStatus status : values()) {
            if (status.wireValue.equalsIgnoreCase(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status");
    }
}
