/**
 * TOTP enrolment, recovery codes and the two-factor policy.
 */
@ApplicationModule(displayName = "Two-factor sign-in")
package com.sendclean.portal.twofactor;

import org.springframework.modulith.ApplicationModule;
