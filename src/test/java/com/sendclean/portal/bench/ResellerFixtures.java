package com.sendclean.portal.bench;

import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Figure 7's reseller (issue 16): one user who is an ADMIN of many tenants, each connected to a sandbox account of
 * its own, set up through the portal's services like {@link BenchFixtures}. The reseller saves each tenant's
 * credentials, as a reseller's staff would, so no extra administrator per tenant is made.
 */
final class ResellerFixtures {

    /** The reseller and the names of their tenants. */
    record Reseller(String username, List<String> tenantNames) {

        /** The account the overview lists first: its default order is by name, ignoring case. */
        String firstTenantName() {
            return tenantNames.stream().min((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)))
                    .orElseThrow();
        }
    }

    private final TestTenants tenants;
    private final SandboxAccounts sandbox;
    private final CredentialsService credentials;
    private final SignedIn signedIn;

    ResellerFixtures(TestTenants tenants, SandboxAccounts sandbox, CredentialsService credentials, SignedIn signedIn) {
        this.tenants = tenants;
        this.sandbox = sandbox;
        this.credentials = credentials;
        this.signedIn = signedIn;
    }

    Reseller reseller(int tenantCount, int usersEach) {
        List<TestTenants.CreatedTenant> created = new ArrayList<>();
        TestTenants.CreatedUser reseller = null;
        for (int i = 0; i < tenantCount; i++) {
            var tenant = tenants.tenant("Reseller account");
            if (reseller == null) {
                reseller = tenants.readyMember(tenant, "reseller", TenantRole.ADMIN);
            } else {
                tenants.grant(tenant, reseller, TenantRole.ADMIN);
            }
            String ownerId = "owner-" + UUID.randomUUID();
            String token = "token-" + UUID.randomUUID();
            sandbox.createAccount(ownerId, token);
            sandbox.seed(ownerId, usersEach);
            signedIn.asConfirmed(reseller.username(), TestTenants.PASSWORD, () -> credentials.save(tenant.id(),
                    new CredentialsInput(ownerId, token, AppDomains.SANDBOX_DOMAIN)));
            created.add(tenant);
        }
        return new Reseller(reseller.username(), created.stream().map(TestTenants.CreatedTenant::name).toList());
    }
}
