package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sandbox.SandboxAccounts;
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
 * Issue 18, item 1: the PostgreSQL round trips of one inline limit edit, as the screen makes it: the service's
 * {@code changeLimit} in the background task, then {@code findSharedCopy} to send the saved row. The sandbox's own
 * statements (it stands in for SendClean) are not the portal's and are left out; so is the request's session check
 * ({@code SessionValidityFilter}, one query per HTTP request), which is added as a constant.
 */
@IntegrationTest
@UsesSandbox
@TestPropertySource(properties = "portal.smtp-users.refresh-after=1s")
@Import(RoundTwoTestConfiguration.class)
class EditRoundTripsTest {

    /** The session check of the UIDL request that carries the edit: one query, made by the filter. */
    private static final int SESSION_CHECK = 1;
    /**
     * Round trips of an edit after this branch's changes (membership and tenant in one query, once per task; no
     * refusal-mark update when nothing is marked): the session check, the membership check, the drift detector's
     * attempt mark, the credentials, the audit insert and two cluster notifications. See docs/decisions/0010. The
     * issue's target is 3, not reached yet; the test fails above what is reached, so the count cannot creep back up.
     */
    private static final int REACHED = 7;

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired StatementCounter statements;
    @Autowired List<TaskDecorator> decorators;

    @Test
    void anInlineLimitEditMakesAtMostTheRoundTripsMeasured() {
        var acme = sandboxTenants.create("Trips", 3);
        var operator = testTenants.member(acme.tenant(), "trips-operator", TenantRole.OPERATOR);
        var id = acme.tenant().id();
        String name = sandbox.listUsers(acme.ownerId()).getFirst().smtpUserName();
        int shown = signedIn.as(operator.username(), () -> smtpUsers.list(id, false)).find(name).orElseThrow().totalLimit();
        signedIn.as(operator.username(), () -> smtpUsers.changeLimit(id, name, LimitKind.HOURLY, 77)); // warm

        String test = Thread.currentThread().getName();
        // as BackgroundTasks runs the screen's save: one task, through every TaskDecorator of the portal
        Runnable edit = () -> {
            statements.reset(); // signed in by now: the sign-in's own lookup is not the edit's
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

        System.out.println("Round trips of one limit edit, besides the session check:");
        portal.forEach(trip -> System.out.println("  [" + trip.thread() + "] " + trip.sql()));
        assertThat(portal.size() + SESSION_CHECK).as("round trips of one edit: %s", portal).isLessThanOrEqualTo(REACHED);
    }
}
