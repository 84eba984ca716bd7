package com.sendclean.portal.security;

import org.springframework.core.env.Environment;
import com.sendclean.portal.support.IntegrationTest;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The idle timeout that an open tab's heartbeat must not defeat, and the security defaults, as the portal runs. */
@IntegrationTest
class SessionSettingsTest {

    @Autowired ServletContext servletContext;
    @Autowired Environment environment;
    @Autowired SignInSecurityProperties properties;

    @Test
    void sessionsTimeOutAfterThirtyIdleMinutesAndVaadinClosesUisThatOnlySendHeartbeats() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void defaultsMatchTheSpecification() {
        assertThat(properties.session().maxLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(properties.stepUpWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.throttle().maxFailures()).isEqualTo(5);
        assertThat(properties.throttle().window()).isEqualTo(Duration.ofMinutes(15));
    }
}
