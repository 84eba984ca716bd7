package com.sendclean.portal.accounts;

import java.time.Instant;

/** The latest change of an account's SMTP users: when, and by whom (a portal user, or "outside the portal"). */
record LastChange(Instant at, String by) {
}
