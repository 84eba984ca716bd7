/**
 * The embedded PostgreSQL used when no database server is configured.
 */
@ApplicationModule(displayName = "Embedded database", allowedDependencies = {"config"})
package com.sendclean.portal.database;

import org.springframework.modulith.ApplicationModule;
