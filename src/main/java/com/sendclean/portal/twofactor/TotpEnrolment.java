package com.sendclean.portal.twofactor;

/**
 * A started, not yet confirmed, TOTP enrolment as the profile page shows it once: the QR code and the same secret as
 * text for manual entry. Never logged.
 */
public record TotpEnrolment(String secret, String qrCodeDataUri) {

    /** The secret in groups of four, easier to type into an app. */
    public String secretForManualEntry() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "TotpEnrolment[secret=***]";
    }
}
