/**
 * Tink encryption of secrets at rest and the keyset commands.
 */
@ApplicationModule(displayName = "Encryption at rest", allowedDependencies = {"audit", "config"})
package com.sendclean.portal.crypto;

import org.springframework.modulith.ApplicationModule;
