/**
 * The SMTP users screen /t/{slug}/smtp-users and its shared per-tenant copy of the list.
 */
@ApplicationModule(displayName = "SMTP users")
package com.sendclean.portal.smtpusers;

import org.springframework.modulith.ApplicationModule;
