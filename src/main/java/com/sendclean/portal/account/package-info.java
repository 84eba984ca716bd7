/**
 * Portal user accounts: registration, passwords, the profile page (/profile, /change-password), platform user administration and the bootstrap administrator.
 */
@ApplicationModule(displayName = "User accounts")
package com.sendclean.portal.account;

import org.springframework.modulith.ApplicationModule;
