package com.sendclean.portal.sendclean;

import java.util.List;

/**
 * A listSmtp answer as far as it could be read: the users, how many entries could not be read (each is logged with
 * the field that failed), and the names SendClean listed more than once (every entry is kept, each with its
 * {@link SmtpUser#occurrence()} in SendClean's order).
 */
public record SmtpUserList(List<SmtpUser> users, int unreadable, List<String> duplicateNames) {

    public SmtpUserList {
        users = List.copyOf(users);
        duplicateNames = List.copyOf(duplicateNames);
    }
}
