package com.sendclean.portal.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendclean.portal.shared.InvalidInputException;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credentials form without a browser: a refusal lands on its field and nothing typed is lost. */
class CredentialsFormTest {

    private final CredentialsForm form = new CredentialsForm();

    @Test
    void writesWhatIsTypedAndKeepsItWhenTheServiceRefusesAField() {
        form.read(new CredentialsInput("owner-1", "secret-token", "bad domain"));
        assertThat(form.write()).isEqualTo(new CredentialsInput("owner-1", "secret-token", "bad domain"));

        form.showError(new InvalidInputException(CredentialsField.APP_DOMAIN, "Enter a domain name."));

        assertThat(field("Owner ID").getValue()).isEqualTo("owner-1");
        assertThat(token().getValue()).isEqualTo("secret-token");
        assertThat(field("App domain").getValue()).isEqualTo("bad domain");
        assertThat(field("App domain").isInvalid()).isTrue();
        assertThat(field("App domain").getErrorMessage()).isEqualTo("Enter a domain name.");
        assertThat(field("Owner ID").isInvalid()).isFalse();
        assertThat(token().isInvalid()).isFalse();
    }

    @Test
    void marksEverySecretThatMustBeTypedAgain() {
        form.read(new CredentialsInput("", "", "eu1.sendclean.net"));

        form.showError(new SecretsRequiredException(new LinkedHashSet<>(
                List.of(CredentialsField.OWNER_ID, CredentialsField.API_TOKEN)), "Type them again."));

        assertThat(field("Owner ID").isInvalid()).isTrue();
        assertThat(token().isInvalid()).isTrue();
        assertThat(token().getErrorMessage()).isEqualTo("Type them again.");
        assertThat(field("App domain").isInvalid()).isFalse();
    }

    @Test
    void clearingTheSecretsKeepsTheAppDomainAndTheErrorsGo() {
        form.read(new CredentialsInput("owner-1", "secret-token", "eu1.sendclean.net"));
        form.showError(CredentialsField.API_TOKEN, "SendClean refused the token.");

        form.clearSecrets();

        assertThat(form.write()).isEqualTo(new CredentialsInput("", "", "eu1.sendclean.net"));
        assertThat(token().isInvalid()).isFalse();
    }

    private TextField field(String label) {
        return form.getContent().getChildren().filter(TextField.class::isInstance).map(TextField.class::cast)
                .filter(field -> label.equals(field.getLabel())).findFirst().orElseThrow();
    }

    private PasswordField token() {
        return form.getContent().getChildren().filter(PasswordField.class::isInstance).map(PasswordField.class::cast)
                .findFirst().orElseThrow();
    }
}
