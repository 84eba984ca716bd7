/** A shell that, like the portal's ui module, allows itself no dependency on any module. */
@ApplicationModule(allowedDependencies = {})
package com.sendclean.archfixtures.modulith.ui;

import org.springframework.modulith.ApplicationModule;
