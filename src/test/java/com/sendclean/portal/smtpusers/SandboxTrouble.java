package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;

/**
 * Makes SendClean refuse calls about one SMTP user while the portal's copy still lists it, and heals it again: the
 * sandbox's API has no switch for a single user, so this hides the user in the sandbox server's table for a while.
 */
public final class SandboxTrouble {

    private static final String HIDDEN = "~";

    /** From now on SendClean answers "SMTP user not found" for this user. */
    public void hide(String ownerId, String smtpUserName) {
        rename(ownerId, smtpUserName, HIDDEN + smtpUserName);
    }

    public void restore(String ownerId, String smtpUserName) {
        rename(ownerId, HIDDEN + smtpUserName, smtpUserName);
    }

    private static void rename(String ownerId, String from, String to) {
        int renamed = SandboxServer.jdbc()
                .sql("update sandbox_smtp_user set smtp_user_name = :to where owner_id = :owner and smtp_user_name = :from")
                .param("to", to).param("owner", ownerId).param("from", from).update();
        if (renamed != 1) {
            throw new IllegalStateException("no sandbox user " + from);
        }
    }
}
