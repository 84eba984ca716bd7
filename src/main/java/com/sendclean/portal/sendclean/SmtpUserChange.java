package com.sendclean.portal.sendclean;

import java.util.Objects;

/**
 * An editSmtp call: only the fields that are not null are sent, so a limit edit never touches the status and a
 * status switch never touches the limits.
 */
public record SmtpUserChange(String name, Integer totalLimit, Integer hourlyLimit, SmtpUserStatus status) {

    public SmtpUserChange {
        Objects.requireNonNull(name, "name");
        if (totalLimit == null && hourlyLimit == null && status == null) {
            throw new IllegalArgumentException("an edit must change something");
        }
    }

    public static SmtpUserChange totalLimit(String name, int value) {
        return new SmtpUserChange(name, value, null, null);
    }

    public static SmtpUserChange hourlyLimit(String name, int value) {
        return new SmtpUserChange(name, null, value, null);
    }

    public static SmtpUserChange status(String name, SmtpUserStatus status) {
        return new SmtpUserChange(name, null, null, status);
    }
}
