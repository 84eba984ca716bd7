package com.sendclean.portal.smtpusers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes SendClean refuse calls about one SMTP user while the portal's copy still lists it, and heals it again: the
 * sandbox's API has no switch for a single user, so this hides the user in the sandbox's table for a while.
 */
@Component
@ConditionalOnProperty(name = "sendclean.sandbox.enabled", havingValue = "true")
public class SandboxTrouble {

    private static final String HIDDEN = "~";

    private final JdbcClient jdbc;

    SandboxTrouble(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** From now on SendClean answers "SMTP user not found" for this user. */
    public void hide(String ownerId, String smtpUserName) {
        rename(ownerId, smtpUserName, HIDDEN + smtpUserName);
    }

    public void restore(String ownerId, String smtpUserName) {
        rename(ownerId, HIDDEN + smtpUserName, smtpUserName);
    }

    private void rename(String ownerId, String from, String to) {
        int renamed = jdbc.sql("update sandbox_smtp_user set smtp_user_name = :to where owner_id = :owner and smtp_user_name = :from")
                .param("to", to).param("owner", ownerId).param("from", from).update();
        if (renamed != 1) {
            throw new IllegalStateException("no sandbox user " + from);
        }
    }
}
