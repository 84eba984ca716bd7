package com.sendclean.portal.account;

import com.sendclean.portal.PortalApplication;
import com.sendclean.portal.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bootstrap password from the environment that breaks the policy stops the portal on an empty database. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapPasswordPolicyStartTest {

    @Test
    void aCommonBootstrapPasswordStopsStartUpWithOneSentenceNamingTheRule(CapturedOutput output) {
        var portal = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new TestDatabaseInitializer())
                .properties("server.port=0", "portal.crypto.generate-local-keyset=true",
                        "vaadin.devmode.devTools.enabled=false", "portal.bootstrap.admin-password=password1234");

        assertThatThrownBy(() -> portal.run().close()).isInstanceOf(BootstrapPasswordRefusedException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The bootstrap password in portal.bootstrap.admin-password (PORTAL_BOOTSTRAP_ADMINPASSWORD) "
                        + "breaks the password policy: this password is too common; choose another.");
        assertThat(output.toString()).doesNotContain("password1234");
    }

    @Test
    void aShortBootstrapPasswordNamesTheLengthRule(CapturedOutput output) {
        var portal = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new TestDatabaseInitializer())
                .properties("server.port=0", "portal.crypto.generate-local-keyset=true",
                        "vaadin.devmode.devTools.enabled=false", "portal.bootstrap.admin-password=Sh0rt-pw");

        assertThatThrownBy(() -> portal.run().close()).isInstanceOf(BootstrapPasswordRefusedException.class);
        assertThat(output).contains("breaks the password policy: use at least 12 characters.");
    }
}
