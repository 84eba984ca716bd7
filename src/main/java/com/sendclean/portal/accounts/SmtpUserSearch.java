package com.sendclean.portal.accounts;

import java.util.List;

/**
 * What "Find SMTP user" found.
 *
 * @param unsearched accounts that could not be searched, with the reason, e.g. "Globex: SendClean refused ..."
 */
record SmtpUserSearch(List<SmtpUserMatch> matches, List<String> unsearched, boolean truncated) {
}
