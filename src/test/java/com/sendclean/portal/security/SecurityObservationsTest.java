package com.sendclean.portal.security;

import com.sendclean.portal.support.IntegrationTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's own observations stay off (decision 0016: they timed every filter and authorization check of
 * every request for nobody); a Boot upgrade that renames the property would turn them on again silently.
 */
@IntegrationTest
class SecurityObservationsTest {

    @Autowired ObservationRegistry observations;

    @Test
    void springSecurityDoesNotTimeEachFilterAndAuthorizationCheckButOtherObservationsStillRun() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authorizations", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop())
                .as("the registry itself still observes, so the two checks above can fail").isFalse();
    }
}
