/**
 * The shell around every page and the small UI pieces shared by every feature; it depends on no feature.
 */
@ApplicationModule(displayName = "Application shell", allowedDependencies = {})
package com.sendclean.portal.ui;

import org.springframework.modulith.ApplicationModule;
