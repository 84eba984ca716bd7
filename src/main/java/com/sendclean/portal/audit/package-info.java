/**
 * The append-only audit log: recording events (AuditLog), reading them for the audit pages (AuditReader), CSV export and retention. No other module touches the audit table.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {"shared", "cluster"})
package com.sendclean.portal.audit;

import org.springframework.modulith.ApplicationModule;
