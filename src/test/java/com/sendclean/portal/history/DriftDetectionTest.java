package com.sendclean.portal.history;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.sandbox.SandboxSmtpStatus;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.smtpusers.SandboxTenants.Connected;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.smtpusers.SmtpUsersListed;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A re-list tells changes made outside the portal from the portal's own, and records each one once. */
@IntegrationTest
@UsesSandbox
class DriftDetectionTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired OutsideChanges outside;
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;

    @Test
    void theFirstListingIsASilentBaselineAndOnlyChangesMadeOutsideThePortalAreRecorded() {
        Connected acme = sandboxTenants.create("Acme", 4);
        List<String> names = sandbox.listUsers(acme.ownerId()).stream().map(SandboxSmtpUser::smtpUserName).toList();
        relist(acme);
        assertThat(outsideEvents(acme)).as("the first listing is a baseline").isEmpty();

        SmtpUserStatus was = status(sandbox.findUser(acme.ownerId(), names.get(0)).orElseThrow());
        SmtpUserStatus flipped = was == SmtpUserStatus.ENABLED ? SmtpUserStatus.DISABLED : SmtpUserStatus.ENABLED;
        outside.setStatus(acme, names.get(0), flipped);
        int oldTotal = sandbox.findUser(acme.ownerId(), names.get(1)).orElseThrow().totalLimit();
        outside.setTotalLimit(acme, names.get(1), oldTotal + 7);
        signedIn.as(acme.admin().username(), () -> smtpUsers.changeLimit(acme.tenant().id(), names.get(2), LimitKind.TOTAL, 4321));
        relist(acme);

        assertThat(outsideEvents(acme)).containsExactlyInAnyOrder(
                names.get(0) + " | Status: " + was.name() + " -> " + flipped.name(),
                names.get(1) + " | Total limit: " + oldTotal + " -> " + (oldTotal + 7));

        relist(acme);
        assertThat(outsideEvents(acme)).as("a change is recorded once, not on every re-list").hasSize(2);
    }

    @Test
    void aPortalAttemptExplainsTheNextChangeEvenWhenItFailedAndNewUsersAreRecorded() {
        Connected acme = sandboxTenants.create("Acme", 2);
        relist(acme);
        // the portal's own new user is explained; one added outside is not
        String createdInPortal = signedIn.as(acme.admin().username(), () -> smtpUsers.create(acme.tenant().id(), 10, 5)).name();
        String createdOutside = outside.create(acme, 30, 3);
        relist(acme);

        assertThat(outsideEvents(acme)).containsExactly(createdOutside + " | New SMTP user: Status ENABLED, total limit 30, hourly limit 3")
                .noneMatch(event -> event.startsWith(createdInPortal));
    }

    @Test
    void twoSessionsComparingTheSameListingRecordOneEvent() throws Exception {
        Connected acme = sandboxTenants.create("Acme", 1);
        String name = sandbox.listUsers(acme.ownerId()).getFirst().smtpUserName();
        relist(acme);
        for (int round = 1; round <= 5; round++) {
            outside.setTotalLimit(acme, name, 1000 + round);
            // what two sessions (or instances) receive when both list the tenant at the same moment
            var listing = new SmtpUsersListed(acme.tenant().id(), sandboxListing(acme), Instant.now());
            var barrier = new CyclicBarrier(2);
            var first = CompletableFuture.runAsync(() -> publishAfter(barrier, listing));
            var second = CompletableFuture.runAsync(() -> publishAfter(barrier, listing));
            first.get();
            second.get();
        }
        assertThat(outsideEvents(acme)).as("five changes, each recorded once").hasSize(5);
    }

    private List<SmtpUser> sandboxListing(Connected tenant) {
        return sandbox.listUsers(tenant.ownerId()).stream()
                .map(user -> new SmtpUser(user.smtpUserName(), "not-used", status(user),
                        user.totalLimit(), user.hourlyLimit()))
                .toList();
    }

    private static SmtpUserStatus status(SandboxSmtpUser user) {
        return user.status() == SandboxSmtpStatus.ENABLE ? SmtpUserStatus.ENABLED : SmtpUserStatus.DISABLED;
    }

    private void publishAfter(CyclicBarrier barrier, SmtpUsersListed listing) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
        events.publishEvent(listing);
    }

    private void relist(Connected tenant) {
        signedIn.as(tenant.admin().username(), () -> smtpUsers.list(tenant.tenant().id(), true));
    }

    private List<String> outsideEvents(Connected tenant) {
        return jdbc.sql("""
                        select target || ' | ' || detail from audit_event
                         where tenant_id = :tenant and action = 'CHANGED_OUTSIDE_THE_PORTAL' order by id""")
                .param("tenant", tenant.tenant().id().value()).query(String.class).list();
    }
}
