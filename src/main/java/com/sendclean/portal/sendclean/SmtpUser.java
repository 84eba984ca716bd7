package com.sendclean.portal.sendclean;

/**
 * An SMTP user as SendClean lists it.
 *
 * @param name the SMTP user name, e.g. smtp12345
 * @param password its SMTP password (a secret: never log it)
 */
public record SmtpUser(String name, String password, SmtpUserStatus status, int totalLimit, int hourlyLimit) {

    public boolean enabled() {
        return status == SmtpUserStatus.ENABLED;
    }

    public SmtpUser withStatus(SmtpUserStatus newStatus) {
        return new SmtpUser(name, password, newStatus, totalLimit, hourlyLimit);
    }

    public SmtpUser withLimits(int newTotalLimit, int newHourlyLimit) {
        return new SmtpUser(name, password, status, newTotalLimit, newHourlyLimit);
    }

    public SmtpUser withPassword(String newPassword) {
        return new SmtpUser(name, newPassword, status, totalLimit, hourlyLimit);
    }

    @Override
    public String toString() {
        return "SmtpUser[name=" + name + ", status=" + status + ", totalLimit=" + totalLimit + ", hourlyLimit="
                + hourlyLimit + "]";
    }
}
