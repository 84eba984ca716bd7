/**
 * Platform administration screens: /admin/tenants, /admin/users, /admin/keys.
 */
@ApplicationModule(displayName = "Platform administration")
package com.sendclean.portal.admin;

import org.springframework.modulith.ApplicationModule;
