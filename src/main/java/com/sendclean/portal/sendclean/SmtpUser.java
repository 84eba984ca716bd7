package com.sendclean.portal.sendclean;

/**
 * An SMTP user as SendClean lists it.
 *
 * @param name the SMTP user name, e.g. smtp12345
 * @param password its SMTP password (a secret: never log it)
 * @param occurrence which entry of this name it is in SendClean's list: 0 for the first (and usually only) one, 1
 *                   for a second entry of the same name, and so on
 */
public record SmtpUser(String name, String password, SmtpUserStatus status, int totalLimit, int hourlyLimit,
                       int occurrence) {

    /** The first (usually the only) entry of its name. */
    public SmtpUser(String name, String password, SmtpUserStatus status, int totalLimit, int hourlyLimit) {
        this(name, password, status, totalLimit, hourlyLimit, 0);
    }

    /**
     * A row's identity on screens: its name and which entry of that name it is in SendClean's order, so two entries
     * SendClean lists under one name are two rows, and the same answer listed again gives the same keys.
     */
    public record RowKey(String name, int occurrence) {}

    public RowKey rowKey() {
        return new RowKey(name, occurrence);
    }

    public boolean enabled() {
        return status == SmtpUserStatus.ENABLED;
    }

    public SmtpUser withStatus(SmtpUserStatus newStatus) {
        return new SmtpUser(name, password, newStatus, totalLimit, hourlyLimit, occurrence);
    }

    public SmtpUser withLimits(int newTotalLimit, int newHourlyLimit) {
        return new SmtpUser(name, password, status, newTotalLimit, newHourlyLimit, occurrence);
    }

    public SmtpUser withPassword(String newPassword) {
        return new SmtpUser(name, newPassword, status, totalLimit, hourlyLimit, occurrence);
    }

    @Override
    public String toString() {
        return "SmtpUser[name=" + name + (occurrence == 0 ? "" : ", occurrence=" + occurrence) + ", status=" + status
                + ", totalLimit=" + totalLimit + ", hourlyLimit=" + hourlyLimit + "]";
    }
}
