package com.sendclean.portal.crypto;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretContextTest {

    @Test
    void associatedDataNamesTenantAndField() {
        assertThat(new String(new SecretContext(42, "api-token").associatedData(), StandardCharsets.UTF_8))
                .isEqualTo("tenant:42|field:api-token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "api token", "a|field:b", "x:y", "ümlaut"})
    void refusesFieldNamesThatCouldBlurTheBoundary(String field) {
        assertThatThrownBy(() -> new SecretContext(1, field)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingFieldName() {
        assertThatThrownBy(() -> new SecretContext(1, null)).isInstanceOf(NullPointerException.class);
    }
}
