package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.credentials.CredentialsView;
import com.sendclean.portal.smtpusers.FailureMessages;
import com.sendclean.portal.tenant.TenantLinks;
import com.sendclean.portal.ui.Notifications;

/** Shows why something failed; an Admin whose credentials are the problem gets a link to fix them. */
final class FailureNotification {

    private FailureNotification() {}

    static void show(RuntimeException failure, String prefix, boolean isAdmin, String tenantSlug) {
        String message = prefix + FailureMessages.of(failure);
        if (!FailureMessages.concernsCredentials(failure) || !isAdmin) {
            Notifications.error(message);
            return;
        }
        Notifications.error(message, TenantLinks.link("Update the credentials", CredentialsView.class, tenantSlug));
    }
}
