/**
 * The reseller cockpit: every account the user belongs to at /accounts, with counts from the shared copies, and "Find SMTP user" across them.
 */
@ApplicationModule(displayName = "Accounts overview")
package com.sendclean.portal.accounts;

import org.springframework.modulith.ApplicationModule;
