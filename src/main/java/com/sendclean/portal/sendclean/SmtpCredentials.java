package com.sendclean.portal.sendclean;

/** An SMTP user name with a password SendClean just created (addSmtp, resetSmtpPassword). Shown once. */
public record SmtpCredentials(String name, String password) {

    @Override
    public String toString() {
        return "SmtpCredentials[name=" + name + ", password=***]";
    }
}
