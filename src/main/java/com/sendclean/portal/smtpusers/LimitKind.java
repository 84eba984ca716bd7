package com.sendclean.portal.smtpusers;

/** The two sending limits of an SMTP user. */
public enum LimitKind {
    TOTAL("Total limit"),
    HOURLY("Hourly limit");

    private final String label;

    LimitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
