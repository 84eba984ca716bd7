package com.sendclean.portal.support;

import com.sendclean.portal.account.AccountService;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.tenant.TenantRole;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Sets up tenants and users through the platform administration services, as the bootstrap administrator. Names
 * are unique per call, so tests sharing an application context never collide.
 */
@Component
public class TestTenants {

    public static final String INITIAL_PASSWORD = "initial-passphrase-for-tests";
    /** The password of users made with {@link #readyMember}, who have already replaced their initial one. */
    public static final String PASSWORD = "everyday-passphrase-for-tests";

    private static final AtomicInteger sequence = new AtomicInteger();

    private final SignedIn signedIn;
    private final AccountService accounts;
    private final TenantAdministrationService tenants;
    private final UserAdministrationService users;

    TestTenants(SignedIn signedIn, TenantAdministrationService tenants, UserAdministrationService users,
                AccountService accounts) {
        this.signedIn = signedIn;
        this.accounts = accounts;
        this.tenants = tenants;
        this.users = users;
    }

    public record CreatedTenant(TenantId id, String name, String slug) {}

    public record CreatedUser(UserId id, String username) {}

    public CreatedTenant tenant(String baseName) {
        int n = sequence.incrementAndGet();
        String name = baseName + " " + n;
        String slug = TenantAdministrationService.suggestSlug(name);
        TenantId id = signedIn.as("admin", () -> tenants.createTenant(name, slug));
        return new CreatedTenant(id, name, slug);
    }

    /** A user who must change the initial password {@link #INITIAL_PASSWORD} at first sign-in. */
    public CreatedUser user(String baseName) {
        String username = baseName + "-" + sequence.incrementAndGet();
        UserId id = signedIn.as("admin", () -> users.createUser(username, INITIAL_PASSWORD));
        return new CreatedUser(id, username);
    }

    public CreatedUser member(CreatedTenant tenant, String baseName, TenantRole role) {
        CreatedUser user = user(baseName);
        grant(tenant, user, role);
        return user;
    }

    /** A member who has already changed the initial password to {@link #PASSWORD}, ready to sign in. */
    public CreatedUser readyMember(CreatedTenant tenant, String baseName, TenantRole role) {
        CreatedUser user = member(tenant, baseName, role);
        signedIn.as(user.username(), () -> accounts.changeOwnPassword(INITIAL_PASSWORD, PASSWORD));
        return user;
    }

    public void grant(CreatedTenant tenant, CreatedUser user, TenantRole role) {
        // granting a membership needs a recent password, as a platform administrator's screen asks for it
        signedIn.asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD, () -> tenants.grant(tenant.id(), user.id(), role));
    }
}
