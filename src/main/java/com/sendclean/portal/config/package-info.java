/**
 * The portal's own settings shared by several modules.
 */
@ApplicationModule(displayName = "Configuration", allowedDependencies = {})
package com.sendclean.portal.config;

import org.springframework.modulith.ApplicationModule;
