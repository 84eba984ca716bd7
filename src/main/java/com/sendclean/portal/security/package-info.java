/**
 * The security core every module uses: the signed-in user (CurrentUser, PortalUser, Roles), user ids, the account store, the session tokens, the sign-in throttle and running as a user or as the system.
 */
@ApplicationModule(displayName = "Security core", allowedDependencies = {"audit", "cluster", "shared"})
package com.sendclean.portal.security;

import org.springframework.modulith.ApplicationModule;
