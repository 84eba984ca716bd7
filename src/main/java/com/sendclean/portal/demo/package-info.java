/**
 * The demo tenants, users and SMTP users of the local profile.
 */
@ApplicationModule(displayName = "Local demo")
package com.sendclean.portal.demo;

import org.springframework.modulith.ApplicationModule;
