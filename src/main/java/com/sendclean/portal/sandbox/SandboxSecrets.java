package com.sendclean.portal.sandbox;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Makes SMTP user names and passwords shaped like SendClean's. */
@Component
@ConditionalOnSandboxEnabled
class SandboxSecrets {

    /** Names are "smtp" and 5 or 6 digits, as SendClean's: 10000 to 999999. */
    static final int LOWEST_NAME_NUMBER = 10_000;
    static final int NAME_NUMBERS = 990_000;
    static final int PASSWORD_LENGTH = 12;
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    // clients may treat sandbox passwords like real ones, so they come from a strong generator
    private final SecureRandom random = new SecureRandom();

    String newName() {
        return "smtp" + (LOWEST_NAME_NUMBER + random.nextInt(NAME_NUMBERS));
    }

    String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return password.toString();
    }
}
