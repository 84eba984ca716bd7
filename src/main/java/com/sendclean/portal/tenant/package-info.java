/**
 * Tenants, memberships and roles, the tenant switcher, the tenant pages under /t/{slug} and their isolation.
 */
@ApplicationModule(displayName = "Tenants")
package com.sendclean.portal.tenant;

import org.springframework.modulith.ApplicationModule;
