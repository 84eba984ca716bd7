/**
 * Each SMTP user's history: the last listed state per tenant, changes found outside the portal, the history panel and Revert.
 */
@ApplicationModule(displayName = "SMTP user history")
package com.sendclean.portal.history;

import org.springframework.modulith.ApplicationModule;
