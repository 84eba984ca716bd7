package com.sendclean.portal.history;

import com.sendclean.portal.smtpusers.SmtpUserRowHistory;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.ui.BackgroundTasks;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Gives the SMTP users screen its "Changed outside the portal" marks and history panels. */
@Component
class HistoryPanels implements SmtpUserRowHistory {

    private final SmtpUserHistory history;
    private final SmtpUserService smtpUsers;
    private final BackgroundTasks tasks;

    HistoryPanels(SmtpUserHistory history, SmtpUserService smtpUsers, BackgroundTasks tasks) {
        this.history = history;
        this.smtpUsers = smtpUsers;
        this.tasks = tasks;
    }

    @Override
    public Set<String> changedOutside(TenantMembership membership) {
        return history.namesChangedOutside(membership.tenantId());
    }

    @Override
    public void open(TenantMembership membership, String smtpUserName, Runnable afterRevert) {
        new HistoryPanel(history, smtpUsers, tasks, membership, smtpUserName, afterRevert).open();
    }
}
