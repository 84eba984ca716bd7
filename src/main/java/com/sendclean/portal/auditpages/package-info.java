/**
 * The audit pages /t/{slug}/audit and /admin/audit, reading through the audit module's read API.
 */
@ApplicationModule(displayName = "Audit pages")
package com.sendclean.portal.auditpages;

import org.springframework.modulith.ApplicationModule;
