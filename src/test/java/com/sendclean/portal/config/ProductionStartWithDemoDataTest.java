package com.sendclean.portal.config;

import com.sendclean.portal.PortalApplication;
import com.sendclean.portal.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production path (no profile) with the demo data switched on by mistake. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartWithDemoDataTest {

    @Test
    void refusesToStartWithOneSentenceThatSaysWhy(CapturedOutput output) {
        var portal = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new TestDatabaseInitializer())
                .properties("server.port=0", "portal.crypto.generate-local-keyset=true", "portal.demo.enabled=true");

        assertThatThrownBy(() -> portal.run().close())
                .isInstanceOf(LocalProfileRequiredException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("portal.demo.enabled=true is refused without the local profile, because it seeds demo "
                        + "users whose password is published in the README")
                .contains(LocalProfileRequiredFailureAnalyzer.ACTION);
    }
}
