package com.sendclean.portal.crypto;

import com.sendclean.portal.PortalApplication;
import com.sendclean.portal.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production path: the whole portal, no profile, a real database, and no keyset anywhere. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartWithoutKeysetTest {

    @Test
    void refusesToStartWithOneSentenceThatSaysWhatToSet(CapturedOutput output) {
        var portal = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(new TestDatabaseInitializer())
                .properties("server.port=0");

        assertThatThrownBy(() -> portal.run().close())
                .hasRootCauseInstanceOf(KeysetException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains(KeysetException.missing().getMessage())
                .contains(KeysetFailureAnalyzer.ACTION);
        assertThat(output.toString()).doesNotContain("at com.sendclean.portal.crypto.CryptoConfiguration");
    }
}
