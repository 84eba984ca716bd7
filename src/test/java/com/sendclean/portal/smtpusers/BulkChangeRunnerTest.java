package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpStatus;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bulk change goes through the same checked and audited change calls, skips what is already set, and says what failed. */
@IntegrationTest
@UsesSandbox
class BulkChangeRunnerTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    final SandboxTrouble trouble = new SandboxTrouble();
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired BulkChangeRunner runner;
    @Autowired SmtpUserService smtpUsers;
    @Autowired JdbcClient jdbc;

    @Test
    void aBulkDisableChangesEachUserOnceSkipsThoseAlreadyOffAndAuditsEachAndTheWhole() {
        var acme = sandboxTenants.create("Acme", 10);
        List<SandboxSmtpUser> users = sandbox.listUsers(acme.ownerId());
        List<String> names = users.stream().map(SandboxSmtpUser::smtpUserName).toList();
        long alreadyOff = users.stream().filter(user -> user.status() == SandboxSmtpStatus.DISABLE).count();
        List<BulkProgress> steps = Collections.synchronizedList(new ArrayList<>());

        BulkProgress result = signedIn.as(acme.admin().username(),
                () -> runner.run(acme.tenant().id(), names, BulkChange.disable(), () -> false, steps::add));

        assertThat(result.finished()).isTrue();
        assertThat(result.done()).isEqualTo(10 - alreadyOff);
        assertThat(result.skipped()).isEqualTo(alreadyOff).isPositive();
        assertThat(result.failed()).isZero();
        assertThat(sandbox.listUsers(acme.ownerId())).allMatch(user -> user.status() == SandboxSmtpStatus.DISABLE);
        assertThat(events(acme, "SMTP_USER_STATUS_CHANGED")).as("one event per call, none for skipped users")
                .hasSize((int) (10 - alreadyOff));
        assertThat(events(acme, "SMTP_USERS_BULK_CHANGED")).containsExactly(
                "Disable: 10 selected, " + (10 - alreadyOff) + " done, 0 failed, " + alreadyOff + " already set, 0 cancelled");
        assertThat(steps.getLast().remaining()).isZero();
    }

    @Test
    void failuresCarrySendCleansMessageAndRetryingThemChangesOnlyThose() {
        var acme = sandboxTenants.create("Acme", 3);
        List<String> names = sandbox.listUsers(acme.ownerId()).stream().map(SandboxSmtpUser::smtpUserName).toList();
        signedIn.as(acme.admin().username(), () -> smtpUsers.list(acme.tenant().id(), true));
        trouble.hide(acme.ownerId(), names.get(1));

        BulkProgress first = signedIn.as(acme.admin().username(),
                () -> runner.run(acme.tenant().id(), names, BulkChange.limit(LimitKind.TOTAL, 777), () -> false, step -> { }));
        assertThat(first.done()).isEqualTo(2);
        assertThat(first.failures()).extracting(BulkProgress.Failure::name).containsExactly(names.get(1));
        assertThat(first.failures().getFirst().message()).contains("SMTP user not found");

        trouble.restore(acme.ownerId(), names.get(1));
        BulkProgress retry = signedIn.as(acme.admin().username(),
                () -> runner.run(acme.tenant().id(), List.of(names.get(1)), BulkChange.limit(LimitKind.TOTAL, 777), () -> false, step -> { }));
        assertThat(retry.done()).isEqualTo(1);
        assertThat(sandbox.listUsers(acme.ownerId())).allMatch(user -> user.totalLimit() == 777);
    }

    @Test
    void cancellingStopsTheRestAndAViewerCannotStartOne() {
        var acme = sandboxTenants.create("Acme", 6);
        List<String> names = sandbox.listUsers(acme.ownerId()).stream().map(SandboxSmtpUser::smtpUserName).toList();
        var viewer = testTenants.member(acme.tenant(), "viewer", TenantRole.VIEWER);
        assertThatThrownBy(() -> signedIn.as(viewer.username(),
                () -> runner.run(acme.tenant().id(), names, BulkChange.enable(), () -> false, step -> { })))
                .isInstanceOf(AccessDeniedException.class);

        BulkProgress result = signedIn.as(acme.admin().username(),
                () -> runner.run(acme.tenant().id(), names, BulkChange.limit(LimitKind.HOURLY, 7919), () -> true, step -> { }));
        assertThat(result.cancelled()).isEqualTo(6);
        assertThat(result.done()).isZero();
        assertThat(sandbox.listUsers(acme.ownerId())).noneMatch(user -> user.hourlyLimit() == 7919);
    }

    private List<String> events(SandboxTenants.Connected tenant, String action) {
        return jdbc.sql("select coalesce(detail, '') from audit_event where tenant_id = :tenant and action = :action order by id")
                .param("tenant", tenant.tenant().id().value()).param("action", action).query(String.class).list();
    }
}
