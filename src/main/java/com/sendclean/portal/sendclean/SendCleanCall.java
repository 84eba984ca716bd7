package com.sendclean.portal.sendclean;

/** The calls the portal makes, with what a timeout of each means. */
enum SendCleanCall {
    LIST_SMTP("listSmtp", true, null),
    EDIT_SMTP("editSmtp", true, "the change was applied"),
    ADD_SMTP("addSmtp", false, "the SMTP user was created"),
    RESET_SMTP_PASSWORD("resetSmtpPassword", false, "the password was reset");

    private final String wireName;
    private final boolean retryable;
    private final String whatMayHaveHappened;

    /**
     * @param retryable whether repeating it cannot do harm: listing reads, and editSmtp sets absolute values
     * @param whatMayHaveHappened for calls that change something, what a timeout or an unreadable answer leaves
     *     unknown
     */
    SendCleanCall(String wireName, boolean retryable, String whatMayHaveHappened) {
        this.wireName = wireName;
        this.retryable = retryable;
        this.whatMayHaveHappened = whatMayHaveHappened;
    }

    String wireName() {
        return wireName;
    }

    boolean retryable() {
        return retryable;
    }

    boolean outcomeUnknownOnTimeout() {
        return whatMayHaveHappened != null;
    }

    String whatMayHaveHappened() {
        return whatMayHaveHappened;
    }
}
