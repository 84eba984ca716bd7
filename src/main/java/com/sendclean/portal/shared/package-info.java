/**
 * The exception type services use to refuse input.
 */
@ApplicationModule(displayName = "Shared types", allowedDependencies = {})
package com.sendclean.portal.shared;

import org.springframework.modulith.ApplicationModule;
