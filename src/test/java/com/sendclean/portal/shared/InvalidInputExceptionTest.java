package com.sendclean.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    enum FormA { NAME, SLUG }

    enum FormB { NAME }

    @Test
    void aFormSeesTheFieldOnlyWhenItIsOneOfItsOwn() {
        var refused = new InvalidInputException(FormA.SLUG, "Another tenant already uses this URL name.");

        assertThat(refused.field(FormA.class)).contains(FormA.SLUG);
        assertThat(refused.field(FormB.class)).isEmpty();
        assertThat(refused.field()).isEqualTo(FormA.SLUG);
        assertThat(refused.getMessage()).isEqualTo("Another tenant already uses this URL name.");
    }

    @Test
    void aRefusalOfTheWholeFormHasNoField() {
        var refused = new InvalidInputException("This tenant no longer exists.");

        assertThat(refused.field(FormA.class)).isEmpty();
        assertThat(refused.field()).isNull();
    }
}
