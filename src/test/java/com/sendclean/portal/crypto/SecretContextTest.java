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

    @Test
    void aBoundValueMakesTheSecondVersionedFormat() {
        assertThat(new String(new SecretContext(42, "token").boundTo("us1-mta1.sendclean.net").associatedData(),
                StandardCharsets.UTF_8)).isEqualTo("v2|tenant:42|field:token|bound:us1-mta1.sendclean.net");
    }

    @Test
    void aSecretBoundToOneValueDoesNotDecryptWithAnotherOrWithoutIt() {
        SecretCipher cipher = SecretCipher.withEphemeralKeyset();
        var context = new SecretContext(42, "token");
        byte[] bound = cipher.encrypt("secret", context.boundTo("us1-mta1.sendclean.net"));
        assertThat(cipher.decrypt(bound, context.boundTo("us1-mta1.sendclean.net"))).isEqualTo("secret");
        assertThatThrownBy(() -> cipher.decrypt(bound, context.boundTo("collector.example.com")))
                .isInstanceOf(UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt(bound, context)).isInstanceOf(UnreadableSecretException.class);
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
