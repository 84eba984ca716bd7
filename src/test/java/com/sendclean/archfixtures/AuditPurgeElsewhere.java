package com.sendclean.archfixtures;

import com.sendclean.portal.audit.AuditRetention;

/** Breaks "only the audit module touches audit rows": deletes audit events from outside the module. */
public class AuditPurgeElsewhere {

    private final AuditRetention retention;

    public AuditPurgeElsewhere(AuditRetention retention) {
        this.retention = retention;
    }

    public int purge() {
        return retention.purge();
    }
}
