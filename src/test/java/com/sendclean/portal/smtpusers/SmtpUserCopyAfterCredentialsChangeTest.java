package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.credentials.CredentialsUnavailableException;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Once a tenant's credentials change or go, nothing of the previous SendClean account is shown any more. */
@IntegrationTest
@UsesSandbox
class SmtpUserCopyAfterCredentialsChangeTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired CredentialsService credentials;

    @Test
    void savingOtherCredentialsForgetsThePreviousAccountsUsersAndPasswords() {
        var acme = sandboxTenants.create("Acme", 1);
        SandboxSmtpUser previous = sandbox.listUsers(acme.ownerId()).getFirst();
        String admin = acme.admin().username();
        assertThat(signedIn.as(admin, () -> smtpUsers.list(acme.tenant().id(), false).find(previous.smtpUserName())))
                .as("the shared copy holds the previous account's user").isPresent();

        String otherOwner = "owner-" + UUID.randomUUID();
        String otherToken = "token-" + UUID.randomUUID();
        sandbox.createAccount(otherOwner, otherToken);
        sandbox.seed(otherOwner, 2);
        signedIn.asConfirmed(admin, TestTenants.PASSWORD, () -> credentials.save(acme.tenant().id(),
                new CredentialsInput(otherOwner, otherToken, AppDomains.SANDBOX_DOMAIN)));

        assertThat(signedIn.as(admin, () -> smtpUsers.list(acme.tenant().id(), false).size()))
                .as("the list shows the new account's users at once").isEqualTo(2);
        assertThatThrownBy(() -> signedIn.asConfirmed(admin, TestTenants.PASSWORD,
                () -> smtpUsers.revealPassword(acme.tenant().id(), previous.smtpUserName())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("SendClean no longer lists " + previous.smtpUserName() + ".");
    }

    @Test
    void removingTheCredentialsForgetsTheUsersAndPasswords() {
        var acme = sandboxTenants.create("Acme", 1);
        SandboxSmtpUser previous = sandbox.listUsers(acme.ownerId()).getFirst();
        String admin = acme.admin().username();
        assertThat(signedIn.as(admin, () -> smtpUsers.list(acme.tenant().id(), false).size())).isEqualTo(1);

        signedIn.asConfirmed(admin, TestTenants.PASSWORD, () -> credentials.remove(acme.tenant().id()));

        assertThatThrownBy(() -> signedIn.asConfirmed(admin, TestTenants.PASSWORD,
                () -> smtpUsers.revealPassword(acme.tenant().id(), previous.smtpUserName())))
                .isInstanceOf(CredentialsUnavailableException.class);
        assertThatThrownBy(() -> signedIn.as(admin, () -> smtpUsers.list(acme.tenant().id(), false)))
                .isInstanceOf(CredentialsUnavailableException.class);
    }
}
