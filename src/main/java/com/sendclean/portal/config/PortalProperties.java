package com.sendclean.portal.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal itself ({@code portal.*}). Every property has an environment-variable twin, listed in the
 * README.
 *
 * @param dataDir where the embedded PostgreSQL, the generated bootstrap password and (locally) the generated keyset
 *     live
 * @param bootstrap the platform administrator created on first start
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Bootstrap bootstrap) {

    /**
     * @param adminUsername name of the first platform administrator
     * @param adminPassword its password; when blank a strong one is generated, written to a file in the data
     *     directory and must be changed at first sign-in. A given one must pass the password policy.
     * @param adminPasswordFinal whether a given password is kept; by default the first sign-in asks for a new one
     */
    public record Bootstrap(@DefaultValue("admin") String adminUsername, String adminPassword,
                            @DefaultValue("false") boolean adminPasswordFinal) {

        @Override
        public String toString() {
            // never let the password reach a log through a toString()
            return "Bootstrap[adminUsername=" + adminUsername + ", adminPassword=" + (adminPassword == null ? "unset" : "***")
                    + ", adminPasswordFinal=" + adminPasswordFinal + "]";
        }
    }
}
