/**
 * The SendClean simulator (/sandbox/v1.0/): in-process only in the local profile, everywhere else its own application
 * from the same jar ({@link com.sendclean.portal.sandbox.SandboxApplication}, {@code java -jar <jar> sandbox}), which
 * runs an embedded PostgreSQL the way the portal does.
 */
@ApplicationModule(displayName = "SendClean sandbox", allowedDependencies = {"database"})
package com.sendclean.portal.sandbox;

import org.springframework.modulith.ApplicationModule;
