package com.sendclean.portal.demo;

import com.sendclean.portal.cluster.ClusterLock;
import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.account.DemoAccounts;
import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.security.RunAs;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.tenant.TenantRole;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Local profile only (demo data and sandbox both on): seeds an empty portal with three tenants on the SendClean
 * sandbox and three documented users,
 * so that a fresh clone shows something real after {@code ./mvnw spring-boot:run}.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = {"portal.demo.enabled", "sendclean.sandbox.enabled"}, havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "sendclean-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoAccounts demoAccounts;
    private final RunAs runAs;
    private final TenantAdministrationService tenants;
    private final CredentialsService credentials;
    private final SandboxAccounts sandbox;
    private final ClusterLock lock;
    private final SecureRandom random = new SecureRandom();

    DemoDataSeeder(DemoAccounts demoAccounts, RunAs runAs, TenantAdministrationService tenants,
                   CredentialsService credentials, SandboxAccounts sandbox, ClusterLock lock) {
        this.lock = lock;
        this.demoAccounts = demoAccounts;
        this.runAs = runAs;
        this.tenants = tenants;
        this.credentials = credentials;
        this.sandbox = sandbox;
    }

    private void connectToSandbox(TenantId tenant, String name, int smtpUsers, UserId admin) {
        String ownerId = "demo-" + name + "-" + HexFormat.of().formatHex(randomBytes(4));
        String token = HexFormat.of().formatHex(randomBytes(16));
        sandbox.createAccount(ownerId, token);
        sandbox.seed(ownerId, smtpUsers);
        runAs.user(admin, () -> {
            credentials.save(tenant, new CredentialsInput(ownerId, token, AppDomains.SANDBOX_DOMAIN));
            return null;
        });
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    @Override
    public void run(ApplicationArguments args) {
        // two instances starting together on an empty database seed it once: the second waits, then finds tenants
        lock.exclusively("demo-data", this::seedIfEmpty);
    }

    private void seedIfEmpty() {
        boolean empty = runAs.platformAdministrator(() -> tenants.listTenants().isEmpty());
        if (!empty) {
            return;
        }
        UserId alice = demoAccounts.ensure("alice", DEMO_PASSWORD);
        UserId victor = demoAccounts.ensure("victor", DEMO_PASSWORD);
        UserId rita = demoAccounts.ensure("rita", DEMO_PASSWORD);
        TenantId acme = runAs.platformAdministrator(() -> tenants.createTenant("Acme", "acme"));
        TenantId globex = runAs.platformAdministrator(() -> tenants.createTenant("Globex", "globex"));
        // issue 16: a third, bigger account makes rita's accounts overview and "Find SMTP user" worth trying
        TenantId initech = runAs.platformAdministrator(() -> tenants.createTenant("Initech", "initech"));
        runAs.platformAdministrator(() -> {
            tenants.grant(acme, alice, TenantRole.ADMIN);
            tenants.grant(globex, victor, TenantRole.VIEWER);
            tenants.grant(acme, rita, TenantRole.ADMIN);
            tenants.grant(globex, rita, TenantRole.ADMIN);
            tenants.grant(initech, rita, TenantRole.ADMIN);
            return null;
        });
        // each tenant gets its own sandbox account with made-up credentials, stored like real ones
        connectToSandbox(acme, "acme", 6, rita);
        connectToSandbox(globex, "globex", 4, rita);
        connectToSandbox(initech, "initech", 120, rita);
        log.info("Seeded the local demo: tenants Acme, Globex and Initech; users alice, victor and rita (their password is in the README)");
    }
}
