package com.sendclean.portal.credentials;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** "Test connection" against the sandbox, and the refused mark it may or may not set. */
@IntegrationTest
@UsesSandbox
class CredentialsConnectionTest {

    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired CredentialsService credentials;

    @Test
    void testsTypedOrStoredCredentialsAndOnlyStoredOnesCarryTheRefusedMark() {
        var tenant = testTenants.tenant("Initrode");
        var admin = testTenants.readyMember(tenant, "initrode-admin", TenantRole.ADMIN);
        String owner = "owner-" + UUID.randomUUID();
        String token = "token-" + UUID.randomUUID();
        sandbox.createAccount(owner, token);
        sandbox.seed(owner, 3);

        var typedRight = new CredentialsInput(owner, token, AppDomains.SANDBOX_DOMAIN);
        var result = signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.testConnection(tenant.id(), typedRight));
        assertThat(result.outcome()).isEqualTo(ConnectionTestResult.Outcome.WORKED);
        assertThat(result.message()).isEqualTo("The connection works: SendClean lists 3 SMTP users.");

        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.save(tenant.id(), typedRight));
        var typedWrong = new CredentialsInput(owner, "not-the-token", AppDomains.SANDBOX_DOMAIN);
        var refused = signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.testConnection(tenant.id(), typedWrong));
        assertThat(refused.outcome()).isEqualTo(ConnectionTestResult.Outcome.REFUSED);
        assertThat(refused.message()).isEqualTo("SendClean refused this owner ID and token.");
        assertThat(signedIn.as(admin.username(), () -> credentials.status(tenant.id())).state())
                .as("a test of typed credentials never marks the stored ones").isEqualTo(CredentialsStatus.State.STORED);

        sandbox.setFaults(owner, SandboxFaults.failing(SandboxFaults.Fault.AUTHENTICATION_FAILURE));
        var storedRefused = signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD,
                () -> credentials.testConnection(tenant.id(), new CredentialsInput("", "", "")));
        assertThat(storedRefused.outcome()).isEqualTo(ConnectionTestResult.Outcome.REFUSED);
        assertThat(signedIn.as(admin.username(), () -> credentials.status(tenant.id())).state())
                .isEqualTo(CredentialsStatus.State.REFUSED);

        sandbox.clearFaults(owner);
        var storedWorks = signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD,
                () -> credentials.testConnection(tenant.id(), new CredentialsInput("", "", "")));
        assertThat(storedWorks.worked()).isTrue();
        assertThat(signedIn.as(admin.username(), () -> credentials.status(tenant.id())).state())
                .isEqualTo(CredentialsStatus.State.STORED);
    }
}
