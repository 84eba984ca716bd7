package com.sendclean.portal.accounts;

/** An SMTP user whose name matched "Find SMTP user", with the account it belongs to. Never a password. */
record SmtpUserMatch(String accountName, String accountSlug, String smtpUserName, boolean enabled) {
}
