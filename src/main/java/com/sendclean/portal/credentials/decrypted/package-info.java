/**
 * The one way out of the credentials module for decrypted SendClean credentials, as the named interface
 * {@code credentials::decrypted}. Only the modules {@code ArchitectureTest.DECRYPTED_CREDENTIALS_USERS} lists (the
 * SMTP users today) may use it; everything else sees the credentials' status, never their values.
 */
@NamedInterface("decrypted")
package com.sendclean.portal.credentials.decrypted;

import org.springframework.modulith.NamedInterface;
