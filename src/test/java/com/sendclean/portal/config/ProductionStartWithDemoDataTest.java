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

/** The production path (no profile) with a local-only feature (demo data, in-process sandbox) switched on by mistake. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartWithDemoDataTest {

    @Test
    void refusesToStartWithOneSentenceThatSaysWhy(CapturedOutput output) {
        assertThatThrownBy(() -> portal("portal.demo.enabled=true").run().close())
                .isInstanceOf(LocalProfileRequiredException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("portal.demo.enabled=true is refused without the local profile, because it seeds demo "
                        + "users whose password is published in the README; remove it (PORTAL_DEMO_ENABLED) or run "
                        + "./mvnw spring-boot:run.")
                .contains(LocalProfileRequiredFailureAnalyzer.ACTION);
    }

    @Test
    void refusesTheInProcessSandboxWithOneSentenceThatNamesItsOwnSwitch(CapturedOutput output) {
        assertThatThrownBy(() -> portal("sendclean.sandbox.enabled=true").run().close())
                .isInstanceOf(LocalProfileRequiredException.class)
                .hasMessage("sendclean.sandbox.enabled=true is refused without the local profile, because it serves "
                        + "a SendClean simulator without sign-in from inside the portal and routes the app domain "
                        + "sandbox.localhost to it; remove it (SENDCLEAN_SANDBOX_ENABLED) or run the sandbox as its "
                        + "own process (java -jar <jar> sandbox --port=N) and point SENDCLEAN_API_BASEURLTEMPLATE at it.");

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("sendclean.sandbox.enabled=true is refused without the local profile")
                .doesNotContain("PORTAL_DEMO_ENABLED")
                .contains(LocalProfileRequiredFailureAnalyzer.ACTION);
    }

    @Test
    void everyFeatureNamesItsOwnEnvironmentVariable() {
        for (LocalOnlyFeatures.Feature feature : LocalOnlyFeatures.FEATURES) {
            String expected = feature.property().toUpperCase().replace(".", "_").replace("-", "");
            assertThat(LocalOnlyFeatures.sentence(feature)).contains("(" + expected + ")");
        }
    }

    private static SpringApplicationBuilder portal(String feature) {
        return new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new TestDatabaseInitializer())
                .properties("server.port=0", "portal.crypto.generate-local-keyset=true", feature);
    }
}
