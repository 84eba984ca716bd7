package com.sendclean.portal.accounts;

/** The credentials column: what an account's stored SendClean credentials are known to do. */
enum CredentialsHealth {
    WORKING("Working"), REFUSED("Refused"), UNREADABLE("Unreadable"), MISSING("Missing"), NOT_YET_TESTED("Not yet tested"),
    /** Not looked at yet on this page. */
    UNKNOWN("…");

    private final String label;

    CredentialsHealth(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
