package com.sendclean.portal.accounts;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview and "Find SMTP user" see exactly the user's accounts, by name only. */
@IntegrationTest
@UsesSandbox
@TestPropertySource(properties = {"portal.overview.refresh-concurrency=2"})
class AccountsServiceTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired AccountsService accounts;

    @Test
    void aViewerFindsSmtpUsersInTheirAccountsOnlyAndNeverByPassword() {
        var acme = sandboxTenants.create("Acme", 3);
        var globex = sandboxTenants.create("Globex", 3);
        var hooli = sandboxTenants.create("Hooli", 3);
        var viewer = testTenants.member(acme.tenant(), "viewer", TenantRole.VIEWER);
        testTenants.grant(globex.tenant(), viewer, TenantRole.VIEWER);
        SandboxSmtpUser inGlobex = sandbox.listUsers(globex.ownerId()).get(1);
        SandboxSmtpUser inHooli = sandbox.listUsers(hooli.ownerId()).getFirst();

        var found = signedIn.as(viewer.username(), () -> accounts.find(inGlobex.smtpUserName().toUpperCase()));
        assertThat(found.matches()).containsExactly(new SmtpUserMatch(globex.tenant().name(), globex.tenant().slug(),
                inGlobex.smtpUserName(), inGlobex.status().wireValue().equals("Enable")));
        assertThat(signedIn.as(viewer.username(), () -> accounts.find(inHooli.smtpUserName())).matches())
                .as("another reseller's account").isEmpty();
        assertThat(signedIn.as(viewer.username(), () -> accounts.find(inGlobex.password())).matches())
                .as("passwords are not searched").isEmpty();
        assertThat(signedIn.as(viewer.username(), () -> accounts.find("smtp")).matches()).hasSize(6);
    }

    @Test
    void theOverviewRefreshesEveryAccountAndSaysWhichCredentialsAreMissing() {
        var acme = sandboxTenants.create("Acme", 4);
        var empty = testTenants.tenant("Empty");
        testTenants.grant(empty, acme.admin(), TenantRole.ADMIN);

        List<AccountSummary> rows = signedIn.as(acme.admin().username(), () -> accounts.myAccounts());
        assertThat(rows).extracting(AccountSummary::name).containsExactlyInAnyOrder(acme.tenant().name(), empty.name());
        List<AccountSummary> refreshed = Collections.synchronizedList(new ArrayList<>());
        signedIn.as(acme.admin().username(), () -> accounts.refresh(rows, () -> false, refreshed::add));

        assertThat(refreshed).hasSize(2);
        AccountSummary acmeRow = refreshed.stream().filter(row -> row.tenantId().equals(acme.tenant().id())).findFirst().orElseThrow();
        assertThat(acmeRow.credentials()).isEqualTo(CredentialsHealth.WORKING);
        assertThat(acmeRow.smtpUsers()).isEqualTo(4);
        assertThat(acmeRow.enabled() + acmeRow.disabled()).isEqualTo(4);
        AccountSummary emptyRow = refreshed.stream().filter(row -> row.tenantId().equals(empty.id())).findFirst().orElseThrow();
        assertThat(emptyRow.credentials()).isEqualTo(CredentialsHealth.MISSING);
        assertThat(emptyRow.smtpUsers()).isNull();
    }
}
