/**
 * A tenant's SendClean credentials, encrypted at rest: /t/{slug}/credentials. Decrypted credentials leave the module only through the named interface credentials::decrypted.
 */
@ApplicationModule(displayName = "SendClean credentials")
package com.sendclean.portal.credentials;

import org.springframework.modulith.ApplicationModule;
