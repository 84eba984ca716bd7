package com.sendclean.portal.smtpusers;

import com.sendclean.portal.credentials.CredentialsChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forgets a tenant's shared SMTP-user copy when its credentials change, so no user or password of the previous
 * SendClean account can be shown or revealed afterwards.
 */
@Component
class SmtpUserCopyEviction {

    private final SmtpUserDirectory directory;

    SmtpUserCopyEviction(SmtpUserDirectory directory) {
        this.directory = directory;
    }

    // after the commit, not before: a session loading the list between the eviction and the commit would still read
    // the old credentials and put the old account's users back. Without a transaction it runs at once.
    @TransactionalEventListener(fallbackExecution = true)
    void credentialsChanged(CredentialsChanged event) {
        directory.forget(event.tenantId());
    }
}
