package com.sendclean.portal.history;

import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.sendclean.CredentialSource;
import com.sendclean.portal.sendclean.SendCleanAccount;
import com.sendclean.portal.sendclean.SendCleanClient;
import com.sendclean.portal.sendclean.SmtpUserChange;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import com.sendclean.portal.smtpusers.SandboxTenants.Connected;
import org.springframework.stereotype.Component;

/**
 * Changes SMTP users as someone outside the portal would (SendClean's own screens, another tool): through SendClean's
 * API with the tenant's owner id and token, never through the portal's services.
 */
@Component
public class OutsideChanges {

    private final SendCleanClient sendClean;

    OutsideChanges(SendCleanClient sendClean) {
        this.sendClean = sendClean;
    }

    public void setStatus(Connected tenant, String name, SmtpUserStatus status) {
        sendClean.editSmtp(account(tenant), SmtpUserChange.status(name, status));
    }

    public void setTotalLimit(Connected tenant, String name, int limit) {
        sendClean.editSmtp(account(tenant), SmtpUserChange.totalLimit(name, limit));
    }

    public String create(Connected tenant, int totalLimit, int hourlyLimit) {
        return sendClean.addSmtp(account(tenant), totalLimit, hourlyLimit).name();
    }

    private static SendCleanAccount account(Connected tenant) {
        return new SendCleanAccount("outside-" + tenant.ownerId(), AppDomains.SANDBOX_DOMAIN, tenant.ownerId(),
                tenant.token(), CredentialSource.TYPED);
    }
}
