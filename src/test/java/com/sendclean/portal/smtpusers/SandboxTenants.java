package com.sendclean.portal.smtpusers;

import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.support.TestTenants.CreatedUser;
import com.sendclean.portal.tenant.TenantRole;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A tenant connected to its own account in the test JVM's SendClean sandbox ({@link SandboxServer}), with an ADMIN
 * ready to sign in. The account is made through the sandbox server's beans; the portal only stores the credentials.
 */
@Component
public class SandboxTenants {

    private final TestTenants testTenants;
    private final CredentialsService credentials;
    private final SignedIn signedIn;

    SandboxTenants(TestTenants testTenants, CredentialsService credentials, SignedIn signedIn) {
        this.testTenants = testTenants;
        this.credentials = credentials;
        this.signedIn = signedIn;
    }

    public record Connected(CreatedTenant tenant, CreatedUser admin, String ownerId, String token) {}

    public Connected create(String name, int smtpUsers) {
        CreatedTenant tenant = testTenants.tenant(name);
        CreatedUser admin = testTenants.readyMember(tenant, name.toLowerCase() + "-admin", TenantRole.ADMIN);
        String ownerId = "owner-" + UUID.randomUUID();
        String token = "token-" + UUID.randomUUID();
        SandboxAccounts sandbox = SandboxServer.accounts();
        sandbox.createAccount(ownerId, token);
        sandbox.seed(ownerId, smtpUsers);
        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.save(tenant.id(),
                new CredentialsInput(ownerId, token, AppDomains.SANDBOX_DOMAIN)));
        return new Connected(tenant, admin, ownerId, token);
    }
}
