/**
 * The tenant overview at /t/{slug}: credentials state, SMTP user counts and limits, and the latest audit events.
 */
@ApplicationModule(displayName = "Tenant overview")
package com.sendclean.portal.dashboard;

import org.springframework.modulith.ApplicationModule;
