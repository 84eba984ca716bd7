package com.sendclean.portal.audit;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.cluster.ClusterLock;
import com.sendclean.portal.tenant.TenantAdministrationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import com.sendclean.portal.auditpages.AuditTrailService;
import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.sendclean.SmtpCredentials;
import com.sendclean.portal.account.AccountService;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.MemberService;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.tenant.TenantRole;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each action writes its event; only a tenant's ADMINs read it; no secret is ever written; nothing is changed. */
@IntegrationTest
@UsesSandbox
class AuditTrailTest {

    @Autowired SandboxTenants sandboxTenants;
    @Autowired ClusterLock clusterLock;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired CredentialsService credentials;
    @Autowired MemberService members;
    @Autowired AccountService accounts;
    @Autowired UserAdministrationService userAdministration;
    @Autowired TenantAdministrationService tenantAdministration;
    @Autowired AuditTrailService auditTrail;
    @Autowired AuditRepository repository;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void creatingATenantAddingAMemberAndSavingCredentialsAreRecorded() {
        var acme = sandboxTenants.create("Audited", 1);
        long tenant = acme.tenant().id().value();

        AuditEntry created = only(tenant, AuditAction.TENANT_CREATED);
        assertThat(created.actorName()).isEqualTo("admin");
        assertThat(created.actorId()).isNotNull();
        assertThat(created.target()).isEqualTo(acme.tenant().slug());
        assertThat(created.tenantSlug()).isEqualTo(acme.tenant().slug());
        assertThat(created.detail()).isEqualTo(acme.tenant().name());
        assertThat(created.outcome()).isEqualTo(AuditEvent.SUCCESS);
        assertThat(created.time()).isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));

        AuditEntry added = only(tenant, AuditAction.MEMBER_ADDED);
        assertThat(added.actorName()).isEqualTo("admin");
        assertThat(added.target()).isEqualTo(acme.admin().username());
        assertThat(added.detail()).isEqualTo("ADMIN");

        AuditEntry saved = only(tenant, AuditAction.CREDENTIALS_SAVED);
        assertThat(saved.actorName()).isEqualTo(acme.admin().username());
        assertThat(saved.actorId()).isEqualTo(acme.admin().id().value());
        assertThat(saved.target()).isEqualTo(AppDomains.SANDBOX_DOMAIN);
        assertThat(saved.outcome()).isEqualTo(AuditEvent.SUCCESS);

        assertThat(all(new AuditFilter(null, null, null, AuditAction.PASSWORD_CHANGED, acme.admin().username(), null)))
                .singleElement().satisfies(changed -> assertThat(changed.tenantId()).isNull());
    }

    @Test
    void memberChangesByATenantAdminAreRecordedWithOldAndNewRole() {
        var tenant = testTenants.tenant("Members");
        var admin = testTenants.readyMember(tenant, "boss", TenantRole.ADMIN);
        var viewer = testTenants.member(tenant, "viewer", TenantRole.VIEWER);
        signedIn.as(admin.username(), () -> members.changeRole(tenant.id(), viewer.id(), TenantRole.OPERATOR));
        signedIn.as(admin.username(), () -> members.removeMember(tenant.id(), viewer.id()));

        AuditEntry changed = only(tenant.id().value(), AuditAction.MEMBER_ROLE_CHANGED);
        assertThat(changed.actorName()).isEqualTo(admin.username());
        assertThat(changed.target()).isEqualTo(viewer.username());
        assertThat(changed.detail()).isEqualTo("VIEWER -> OPERATOR");
        assertThat(only(tenant.id().value(), AuditAction.MEMBER_REMOVED).detail()).isEqualTo("OPERATOR");
    }

    @Test
    void smtpUserChangesAreRecordedAfterTheCallWithOldAndNewValues() {
        var acme = sandboxTenants.create("Smtpaudit", 1);
        TenantId id = acme.tenant().id();
        long tenant = id.value();
        String admin = acme.admin().username();
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        String name = user.smtpUserName();

        signedIn.as(admin, () -> smtpUsers.list(id, false));
        signedIn.as(admin, () -> smtpUsers.changeLimit(id, name, LimitKind.TOTAL, 777));
        signedIn.as(admin, () -> smtpUsers.setEnabled(id, name, false));
        SmtpCredentials created = signedIn.as(admin, () -> smtpUsers.create(id, 10, 5));
        signedIn.asConfirmed(admin, TestTenants.PASSWORD, () -> smtpUsers.revealPassword(id, name));
        signedIn.as(admin, () -> smtpUsers.passwordCopied(id, name));
        signedIn.asConfirmed(admin, TestTenants.PASSWORD, () -> smtpUsers.resetPassword(id, name));

        AuditEntry limit = only(tenant, AuditAction.SMTP_USER_LIMIT_CHANGED);
        assertThat(limit.target()).isEqualTo(name);
        assertThat(limit.actorName()).isEqualTo(admin);
        assertThat(limit.detail()).isEqualTo("Total limit: " + user.totalLimit() + " -> 777");
        assertThat(limit.outcome()).isEqualTo(AuditEvent.SUCCESS);
        assertThat(only(tenant, AuditAction.SMTP_USER_STATUS_CHANGED).detail()).isEqualTo("ENABLED -> DISABLED");
        AuditEntry added = only(tenant, AuditAction.SMTP_USER_CREATED);
        assertThat(added.target()).isEqualTo(created.name());
        assertThat(added.detail()).isEqualTo("Total limit 10, hourly limit 5");
        AuditEntry revealed = only(tenant, AuditAction.SMTP_USER_PASSWORD_REVEALED);
        assertThat(revealed.target()).isEqualTo(name);
        assertThat(revealed.actorName()).isEqualTo(admin);
        assertThat(only(tenant, AuditAction.SMTP_USER_PASSWORD_COPIED).target()).isEqualTo(name);
        assertThat(only(tenant, AuditAction.SMTP_USER_PASSWORD_RESET).outcome()).isEqualTo(AuditEvent.SUCCESS);
    }

    @Test
    void aFailedRemoteCallRecordsTheErrorKindAndMessage() {
        var acme = sandboxTenants.create("Failing", 1);
        TenantId id = acme.tenant().id();
        String name = sandbox.listUsers(acme.ownerId()).getFirst().smtpUserName();
        sandbox.setFaults(acme.ownerId(), SandboxFaults.failing(SandboxFaults.Fault.AUTHENTICATION_FAILURE));

        assertThatThrownBy(() -> signedIn.as(acme.admin().username(),
                () -> smtpUsers.changeLimit(id, name, LimitKind.HOURLY, 9)))
                .isInstanceOf(SendCleanException.Authentication.class);

        AuditEntry failed = only(id.value(), AuditAction.SMTP_USER_LIMIT_CHANGED);
        assertThat(failed.outcome()).isEqualTo("AUTHENTICATION");
        assertThat(failed.detail()).isEqualTo("SendClean refused the stored token");
        assertThat(failed.target()).isEqualTo(name);
    }

    @Test
    void onlyTheTenantsAdminsReadItsEvents() {
        var acme = sandboxTenants.create("Private", 0);
        var globex = sandboxTenants.create("Other", 0);
        var viewer = testTenants.member(acme.tenant(), "viewer", TenantRole.VIEWER);
        var operator = testTenants.member(acme.tenant(), "operator", TenantRole.OPERATOR);
        TenantId id = acme.tenant().id();

        List<AuditEntry> seen = signedIn.as(acme.admin().username(),
                () -> auditTrail.tenantEvents(id, AuditFilter.ANY, 0, 500));
        assertThat(seen).isNotEmpty().allSatisfy(entry -> assertThat(entry.tenantId()).isEqualTo(id.value()));
        // a filter naming another tenant is replaced by the checked one
        assertThat(signedIn.as(acme.admin().username(), () -> auditTrail.tenantEvents(id,
                AuditFilter.ANY.forTenant(globex.tenant().id().value()), 0, 500)))
                .allSatisfy(entry -> assertThat(entry.tenantId()).isEqualTo(id.value()));

        for (String outsider : new String[] {viewer.username(), operator.username(), globex.admin().username(), "admin"}) {
            assertThatThrownBy(() -> signedIn.as(outsider, () -> auditTrail.tenantEvents(id, AuditFilter.ANY, 0, 10)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(outsider,
                    () -> unchecked(() -> auditTrail.exportTenant(id, AuditFilter.ANY, OutputStream.nullOutputStream()))))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.as(acme.admin().username(), () -> auditTrail.allEvents(AuditFilter.ANY, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(acme.admin().username(),
                () -> unchecked(() -> auditTrail.exportAll(AuditFilter.ANY, OutputStream.nullOutputStream()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void noSecretIsEverRecorded() {
        var tenant = testTenants.tenant("Secrets");
        var admin = testTenants.readyMember(tenant, "keeper", TenantRole.ADMIN);
        String ownerId = "owner-secret-" + UUID.randomUUID();
        String token = "token-secret-" + UUID.randomUUID();
        String typedToken = "typed-token-secret-" + UUID.randomUUID();
        String newPassword = "brand-new-secret-passphrase-" + UUID.randomUUID();
        String resetPassword = "admin-reset-secret-passphrase-" + UUID.randomUUID();
        sandbox.createAccount(ownerId, token);
        sandbox.seed(ownerId, 1);
        TenantId id = tenant.id();
        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD,
                () -> credentials.save(id, new CredentialsInput(ownerId, token, AppDomains.SANDBOX_DOMAIN)));
        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD,
                () -> credentials.testConnection(id, new CredentialsInput(null, null, null)));
        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.testConnection(id,
                new CredentialsInput(ownerId, typedToken, AppDomains.SANDBOX_DOMAIN)));
        String name = sandbox.listUsers(ownerId).getFirst().smtpUserName();
        var secrets = new ArrayList<>(List.of(ownerId, token, typedToken, newPassword, resetPassword,
                TestTenants.PASSWORD, TestTenants.INITIAL_PASSWORD, IntegrationTest.ADMIN_PASSWORD));
        secrets.add(signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> smtpUsers.revealPassword(id, name)));
        secrets.add(signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> smtpUsers.resetPassword(id, name)).password());
        secrets.add(signedIn.as(admin.username(), () -> smtpUsers.create(id, 3, 2)).password());
        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.remove(id));
        signedIn.as(admin.username(), () -> accounts.changeOwnPassword(TestTenants.PASSWORD, newPassword));
        signedIn.asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD, () -> userAdministration.resetPassword(admin.id(), resetPassword));
        secrets.addAll(sandbox.listUsers(ownerId).stream().map(SandboxSmtpUser::password).toList());

        String everything = jdbc.sql("""
                select string_agg(concat_ws('|', actor_id, actor_name, tenant_id, action, target, outcome, detail,
                                            client_ip, user_agent), E'\\n')
                from audit_event""").query(String.class).single();
        assertThat(only(id.value(), AuditAction.CREDENTIALS_REMOVED).actorName()).isEqualTo(admin.username());
        assertThat(all(AuditFilter.ANY.forTenant(id.value()))).extracting(AuditEntry::action)
                .contains("CREDENTIALS_TESTED", "SMTP_USER_PASSWORD_REVEALED", "SMTP_USER_PASSWORD_RESET");
        for (String secret : secrets) {
            assertThat(everything).doesNotContain(secret);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEventsExceptForRetention() {
        String marker = "retention-" + UUID.randomUUID();
        jdbc.sql("""
                insert into audit_event (occurred_at, action, target, outcome)
                values (now() - interval '400 days', 'SIGNED_OUT', :old, 'SUCCESS'),
                       (now() - interval '10 days', 'SIGNED_OUT', :recent, 'SUCCESS')
                """).param("old", marker + "-old").param("recent", marker + "-recent").update();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set target = 'forged' where target like :m")
                .param("m", marker + "%").update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where target like :m")
                .param("m", marker + "%").update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("append-only");

        Integer keptForever = transactions.execute(status -> new AuditRetention(repository, new AuditProperties(null), clusterLock).purge());
        assertThat(keptForever).isZero();
        transactions.executeWithoutResult(status -> new AuditRetention(repository, new AuditProperties(365), clusterLock).purge());
        assertThat(jdbc.sql("select target from audit_event where target like :m").param("m", marker + "%")
                .query(String.class).list()).containsExactly(marker + "-recent");
        // the retention switch ends with its transaction
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where target like :m")
                .param("m", marker + "%").update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void exportsAHundredThousandEventsAsTheCursorReadsThem() throws Exception {
        long tenant = 1_000_000_000L + (System.nanoTime() & 0xFFFFFF);
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_name, tenant_id, action, target, outcome, detail,
                                         client_ip, user_agent)
                select now() - make_interval(secs => n), 1, 'admin', :tenant, 'SMTP_USER_LIMIT_CHANGED',
                       'smtp-user-' || n, 'SUCCESS', 'Total limit: ' || n || ' -> ' || (n + 1), '203.0.113.7',
                       'Mozilla/5.0 (X11; Linux x86_64) Chrome/140'
                from generate_series(1, 100000) as n
                """).param("tenant", tenant).update();
        var counting = new CountingOutputStream();

        long written = signedIn.as("admin", () -> unchecked(() -> auditTrail.exportAll(AuditFilter.ANY.forTenant(tenant), counting)));

        assertThat(written).isEqualTo(100_000);
        assertThat(counting.lines).isEqualTo(100_001);
        assertThat(counting.bytes).isGreaterThan(100_000L * 50);

        // the pages come from the indexes, not from sorting the table
        jdbc.sql("analyze audit_event").update();
        // (which of the two time-ordered indexes depends on how selective the tenant is)
        assertThat(plan(AuditFilter.ANY.forTenant(tenant), 200))
                .containsPattern("Index Scan using audit_event_(tenant_)?time_idx on audit_event").doesNotContain("Sort");
        assertThat(plan(AuditFilter.ANY, 0)).contains("Index Scan using audit_event_time_idx").doesNotContain("Sort");
        assertThat(plan(AuditFilter.ANY.forTenant(-42), 0)).contains("audit_event_tenant_time_idx");
    }

    private String plan(AuditFilter filter, int offset) {
        var params = new MapSqlParameterSource();
        String sql = AuditRepository.pageQuery(filter, offset, 100, params);
        return String.join("\n", jdbc.sql("explain " + sql).paramSource(params).query(String.class).list());
    }

    @Test
    void pagesComeNewestFirstFromSql() {
        var tenant = testTenants.tenant("Paging");
        for (int i = 0; i < 5; i++) {
            testTenants.member(tenant, "paged", TenantRole.VIEWER);
        }
        List<AuditEntry> everything = all(new AuditFilter(tenant.id().value(), null, null, AuditAction.MEMBER_ADDED, null, null));
        assertThat(everything).hasSize(5);
        List<AuditEntry> second = signedIn.as("admin", () -> auditTrail.allEvents(
                new AuditFilter(tenant.id().value(), null, null, AuditAction.MEMBER_ADDED, "ADM", "paged"), 2, 2));
        assertThat(second).containsExactlyElementsOf(everything.subList(2, 4));
        assertThat(everything).isSortedAccordingTo((a, b) -> b.time().compareTo(a.time()) != 0
                ? b.time().compareTo(a.time()) : Long.compare(b.id(), a.id()));
        assertThat(all(new AuditFilter(tenant.id().value(), Instant.now().plus(Duration.ofHours(1)), null, null, null, null)))
                .isEmpty();
    }

    @Test
    void platformAdministrationOfTenantsAndUsersIsRecorded() {
        var tenant = testTenants.tenant("Renamed");
        var user = testTenants.user("managed");
        signedIn.asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD, () -> {
            tenantAdministration.rename(tenant.id(), "Renamed Again");
            tenantAdministration.setActive(tenant.id(), false);
            tenantAdministration.setActive(tenant.id(), true);
            userAdministration.setActive(user.id(), false);
            userAdministration.setActive(user.id(), true);
            userAdministration.resetPassword(user.id(), "a brand new initial passphrase");
        });
        long id = tenant.id().value();
        assertThat(only(id, AuditAction.TENANT_RENAMED).detail()).isEqualTo(tenant.name() + " -> Renamed Again");
        assertThat(only(id, AuditAction.TENANT_DEACTIVATED).target()).isEqualTo(tenant.slug());
        assertThat(only(id, AuditAction.TENANT_REACTIVATED).actorName()).isEqualTo("admin");

        for (AuditAction action : new AuditAction[] {AuditAction.USER_DEACTIVATED, AuditAction.USER_REACTIVATED,
                AuditAction.USER_PASSWORD_RESET}) {
            var events = all(new AuditFilter(null, null, null, action, null, user.username()));
            assertThat(events).as(action.name()).singleElement().satisfies(event -> {
                assertThat(event.actorName()).isEqualTo("admin");
                assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
                assertThat(String.valueOf(event.detail())).doesNotContain("a brand new initial passphrase");
            });
        }
    }

    private AuditEntry only(long tenant, AuditAction action) {
        return all(new AuditFilter(tenant, null, null, action, null, null)).stream().reduce((a, b) -> {
            throw new AssertionError("more than one " + action);
        }).orElseThrow(() -> new AssertionError("no " + action + " in tenant " + tenant));
    }

    private List<AuditEntry> all(AuditFilter filter) {
        return signedIn.as("admin", () -> auditTrail.allEvents(filter, 0, 500));
    }

    private interface Export {
        long run() throws IOException;
    }

    private static long unchecked(Export export) {
        try {
            return export.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts what the export writes and keeps none of it. */
    private static final class CountingOutputStream extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
