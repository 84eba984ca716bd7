/**
 * The SendClean simulator of the local profile (/sandbox/v1.0/).
 */
@ApplicationModule(displayName = "SendClean sandbox", allowedDependencies = {})
package com.sendclean.portal.sandbox;

import org.springframework.modulith.ApplicationModule;
