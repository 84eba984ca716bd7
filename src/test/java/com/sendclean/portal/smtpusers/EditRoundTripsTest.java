package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.TaskDecorator;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, item 1: the PostgreSQL round trips of one inline limit edit, as the portal makes it: the request's session
 * check ({@code SessionValidityFilter} reads the account's session state on every request), then the service's
 * {@code changeLimit} in the background task, then {@code findSharedCopy} to send the saved row. The sandbox's own
 * statements (it stands in for SendClean) are not the portal's and are left out.
 */
@IntegrationTest
@UsesSandbox
@TestPropertySource(properties = "portal.smtp-users.refresh-after=1s")
@Import(RoundTwoTestConfiguration.class)
class EditRoundTripsTest {

    /**
     * The target: the drift detector's attempt mark, the audit insert and the cluster notification. The session
     * state, the membership and the credentials are kept between requests while nothing changes them (see
     * docs/decisions/0010), so a warm session reads none of them again.
     */
    private static final int TARGET = 3;

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired StatementCounter statements;
    @Autowired List<TaskDecorator> decorators;
    @Autowired AccountSecurityRepository accounts;

    @Test
    void anInlineLimitEditMakesAtMostTheRoundTripsMeasured() {
        var acme = sandboxTenants.create("Trips", 3);
        var operator = testTenants.member(acme.tenant(), "trips-operator", TenantRole.OPERATOR);
        var id = acme.tenant().id();
        String name = sandbox.listUsers(acme.ownerId()).getFirst().smtpUserName();
        int shown = signedIn.as(operator.username(), () -> smtpUsers.list(id, false)).find(name).orElseThrow().totalLimit();
        // warm, as the session's earlier requests and edits leave it
        signedIn.as(operator.username(), () -> smtpUsers.changeLimit(id, name, LimitKind.HOURLY, 77));
        accounts.sessionState(operator.id());

        String test = Thread.currentThread().getName();
        // as BackgroundTasks runs the screen's save: one task, through every TaskDecorator of the portal
        Runnable edit = () -> {
            statements.reset(); // signed in by now: the sign-in's own lookup is not the edit's
            accounts.sessionState(operator.id()); // what SessionValidityFilter asks on the request carrying the edit
            smtpUsers.changeLimit(id, name, LimitKind.TOTAL, shown + 1, shown);
            smtpUsers.findSharedCopy(id).orElseThrow();
        };
        for (TaskDecorator decorator : decorators) {
            edit = decorator.decorate(edit);
        }
        signedIn.as(operator.username(), edit);
        List<StatementCounter.RoundTrip> portal = statements.trips(trip ->
                (trip.thread().equals(test) || trip.thread().startsWith("sendclean-"))
                        && !trip.sql().toLowerCase().contains("sandbox_"));

        System.out.println("Round trips of one limit edit:");
        portal.forEach(trip -> System.out.println("  [" + trip.thread() + "] " + trip.sql()));
        assertThat(portal.size()).as("round trips of one edit: %s", portal).isLessThanOrEqualTo(TARGET);
    }
}
