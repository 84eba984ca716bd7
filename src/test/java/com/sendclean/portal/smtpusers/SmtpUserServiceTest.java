package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.stepup.StepUpRequiredException;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.security.RunAs;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service refuses what the screen hides, whatever a forged request asks. */
@IntegrationTest
@UsesSandbox
class SmtpUserServiceTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired RunAs runAs;
    // the sandbox application's own tables, for a change made outside the portal
    final JdbcClient jdbc = SandboxServer.jdbc();

    @Test
    void aViewerReadsButEveryChangeAndEveryPasswordIsRefused() {
        var acme = sandboxTenants.create("Acme", 2);
        var viewer = testTenants.member(acme.tenant(), "viewer", TenantRole.VIEWER);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        var id = acme.tenant().id();

        assertThat(signedIn.as(viewer.username(), () -> smtpUsers.list(id, false).size())).isEqualTo(2);
        assertThatThrownBy(() -> signedIn.as(viewer.username(), () -> smtpUsers.changeLimit(id, user.smtpUserName(), LimitKind.TOTAL, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(viewer.username(), () -> smtpUsers.setEnabled(id, user.smtpUserName(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(viewer.username(), () -> smtpUsers.revealPassword(id, user.smtpUserName())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(viewer.username(), () -> smtpUsers.resetPassword(id, user.smtpUserName())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(viewer.username(), () -> smtpUsers.create(id, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow()).isEqualTo(user);
    }

    @Test
    void backgroundWorkWithNobodySignedInReadsAsTheSystemActorAndChangesNothing() {
        var acme = sandboxTenants.create("Acme", 2);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        var id = acme.tenant().id();

        assertThatThrownBy(() -> smtpUsers.list(id, true)).as("nobody signed in, no system actor")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.system("refresh after a cluster event", () -> smtpUsers.list(id, true).size())).isEqualTo(2);
        assertThatThrownBy(() -> runAs.system("refresh", () -> {
            smtpUsers.setEnabled(id, user.smtpUserName(), false);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.system("refresh", () -> smtpUsers.resetPassword(id, user.smtpUserName())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow()).isEqualTo(user);
    }

    @Test
    void anotherTenantsMembersCannotReachItsSmtpUsers() {
        var acme = sandboxTenants.create("Acme", 1);
        var globex = sandboxTenants.create("Globex", 1);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();

        assertThatThrownBy(() -> signedIn.as(globex.admin().username(), () -> smtpUsers.list(acme.tenant().id(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(globex.admin().username(),
                () -> smtpUsers.changeLimit(acme.tenant().id(), user.smtpUserName(), LimitKind.HOURLY, 9)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("admin", () -> smtpUsers.list(acme.tenant().id(), false)))
                .as("platform administrators too").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void revealingAPasswordNeedsARecentPasswordEntry() {
        var acme = sandboxTenants.create("Acme", 1);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        assertThatThrownBy(() -> signedIn.as(acme.admin().username(),
                () -> smtpUsers.revealPassword(acme.tenant().id(), user.smtpUserName())))
                .isInstanceOf(StepUpRequiredException.class);
        assertThat(signedIn.asConfirmed(acme.admin().username(), TestTenants.PASSWORD,
                () -> smtpUsers.revealPassword(acme.tenant().id(), user.smtpUserName()))).isEqualTo(user.password());
    }

    @Test
    void limitsOutsideOneToMaxIntAreRefusedBeforeAnyCall() {
        var acme = sandboxTenants.create("Acme", 1);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        for (Integer bad : new Integer[] {null, 0, -5}) {
            assertThatThrownBy(() -> signedIn.as(acme.admin().username(),
                    () -> smtpUsers.changeLimit(acme.tenant().id(), user.smtpUserName(), LimitKind.TOTAL, bad)))
                    .isInstanceOf(InvalidInputException.class).hasMessage(SmtpUserService.LIMIT_RULE);
        }
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow()).isEqualTo(user);
    }

    @Test
    void everySessionOnATenantSharesOneCopyThatTheirOwnChangesUpdate() {
        var acme = sandboxTenants.create("Acme", 3);
        var operator = testTenants.member(acme.tenant(), "operator", TenantRole.OPERATOR);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        var id = acme.tenant().id();

        var first = signedIn.as(acme.admin().username(), () -> smtpUsers.list(id, false));
        var second = signedIn.as(operator.username(), () -> smtpUsers.list(id, false));
        assertThat(second).as("one shared copy, not one per session").isSameAs(first);

        signedIn.as(operator.username(), () -> smtpUsers.changeLimit(id, user.smtpUserName(), LimitKind.TOTAL, 1234));
        var afterChange = signedIn.as(acme.admin().username(), () -> smtpUsers.list(id, false));
        assertThat(afterChange.find(user.smtpUserName()).orElseThrow().totalLimit()).isEqualTo(1234);
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().totalLimit()).isEqualTo(1234);
    }

    @Test
    void aStaleEditNamesWhoChangedTheValueOrSaysARelistDidAndSendsNothing() {
        var acme = sandboxTenants.create("Acme", 1);
        var operator = testTenants.member(acme.tenant(), "operator", TenantRole.OPERATOR);
        String name = sandbox.listUsers(acme.ownerId()).getFirst().smtpUserName();
        var id = acme.tenant().id();
        // the screens compare with the shared copy they opened, so there is one
        signedIn.as(acme.admin().username(), () -> smtpUsers.list(id, false));
        signedIn.as(acme.admin().username(), () -> smtpUsers.changeLimit(id, name, LimitKind.TOTAL, 5));

        // another session's edit: the question names who made it
        signedIn.as(operator.username(), () -> smtpUsers.changeLimit(id, name, LimitKind.TOTAL, 7));
        assertThatThrownBy(() -> signedIn.as(acme.admin().username(),
                () -> smtpUsers.changeLimit(id, name, LimitKind.TOTAL, 9, 5)))
                .isInstanceOf(StaleEditException.class)
                .hasMessage(operator.username() + " changed it from 5 to 7; save 9 anyway?");
        assertThat(sandbox.findUser(acme.ownerId(), name).orElseThrow().totalLimit()).as("nothing sent").isEqualTo(7);

        // a change outside the portal that a re-list found: nobody to name
        jdbc.sql("update sandbox_smtp_user set total_limit = 11 where owner_id = :owner and smtp_user_name = :name")
                .param("owner", acme.ownerId()).param("name", name).update();
        signedIn.as(acme.admin().username(), () -> smtpUsers.list(id, true));
        assertThatThrownBy(() -> signedIn.as(acme.admin().username(),
                () -> smtpUsers.changeLimit(id, name, LimitKind.TOTAL, 9, 7)))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("A re-list changed it from 7 to 11; save 9 anyway?");
        assertThat(sandbox.findUser(acme.ownerId(), name).orElseThrow().totalLimit()).as("nothing sent").isEqualTo(11);
    }
}
