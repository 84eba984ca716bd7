package com.sendclean.portal.demo;

import com.sendclean.portal.security.DemoAccounts;
import com.sendclean.portal.security.RunAs;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.tenant.TenantRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Local profile only: seeds an empty portal with two tenants on the SendClean sandbox and three documented users,
 * so that a fresh clone shows something real after {@code ./mvnw spring-boot:run}.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "sendclean-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoAccounts demoAccounts;
    private final RunAs runAs;
    private final TenantAdministrationService tenants;

    DemoDataSeeder(DemoAccounts demoAccounts, RunAs runAs, TenantAdministrationService tenants) {
        this.demoAccounts = demoAccounts;
        this.runAs = runAs;
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = runAs.platformAdministrator(() -> tenants.listTenants().isEmpty());
        if (!empty) {
            return;
        }
        UserId alice = demoAccounts.ensure("alice", DEMO_PASSWORD);
        UserId victor = demoAccounts.ensure("victor", DEMO_PASSWORD);
        UserId rita = demoAccounts.ensure("rita", DEMO_PASSWORD);
        runAs.platformAdministrator(() -> {
            TenantId acme = tenants.createTenant("Acme", "acme");
            TenantId globex = tenants.createTenant("Globex", "globex");
            tenants.grant(acme, alice, TenantRole.ADMIN);
            tenants.grant(globex, victor, TenantRole.VIEWER);
            tenants.grant(acme, rita, TenantRole.ADMIN);
            tenants.grant(globex, rita, TenantRole.ADMIN);
            return null;
        });
        log.info("Seeded the local demo: tenants Acme and Globex; users alice, victor and rita (their password is in the README)");
    }
}
