package com.sendclean.portal.sandbox;

/** An SMTP user of a sandbox account, as listSmtp shows it. */
public record SandboxSmtpUser(String ownerId, String smtpUserName, String password, SandboxSmtpStatus status,
        int totalLimit, int hourlyLimit) {

    @Override
    public String toString() {
        // the SMTP password never reaches a log through a toString()
        return "SandboxSmtpUser[ownerId=" + ownerId + ", smtpUserName=" + smtpUserName + ", password=***, status="
                + status + ", totalLimit=" + totalLimit + ", hourlyLimit=" + hourlyLimit + "]";
    }
}
