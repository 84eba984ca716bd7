/**
 * Asking for the password again before a sensitive action (revealing an SMTP password, saving credentials).
 */
@ApplicationModule(displayName = "Step-up", allowedDependencies = {"security"})
package com.sendclean.portal.stepup;

import org.springframework.modulith.ApplicationModule;
