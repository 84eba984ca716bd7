package com.sendclean.portal.tenant;

import java.util.Map;
import java.util.stream.Collectors;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.support.TestTenants.CreatedUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tenant keeps at least one Admin, whether its own Admin or a platform administrator changes the memberships. */
@IntegrationTest
class LastAdminRuleTest {

    @Autowired SignedIn signedIn;
    @Autowired TestTenants testTenants;
    @Autowired TenantAdministrationService administration;

    CreatedTenant acme;
    CreatedUser acmeAdmin;
    CreatedUser acmeViewer;

    @BeforeEach
    void setUp() {
        acme = testTenants.tenant("Acme");
        acmeAdmin = testTenants.member(acme, "acme-admin", TenantRole.ADMIN);
        acmeViewer = testTenants.member(acme, "acme-viewer", TenantRole.VIEWER);
    }

    @Test
    void aPlatformAdministratorCannotRevokeTheLastAdmin() {
        assertThatThrownBy(() -> asPlatformAdministrator(() -> administration.revoke(acme.id(), acmeAdmin.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last Admin");
        assertThat(roles()).containsEntry(acmeAdmin.username(), TenantRole.ADMIN);
    }

    @Test
    void aPlatformAdministratorCannotDemoteTheLastAdmin() {
        assertThatThrownBy(() -> asPlatformAdministrator(
                () -> administration.grant(acme.id(), acmeAdmin.id(), TenantRole.VIEWER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one Admin");
        assertThat(roles()).containsEntry(acmeAdmin.username(), TenantRole.ADMIN);
    }

    @Test
    void onceAnotherMemberIsAdminThePlatformAdministratorMayRevokeTheFirst() {
        asPlatformAdministrator(() -> administration.grant(acme.id(), acmeViewer.id(), TenantRole.ADMIN));
        asPlatformAdministrator(() -> administration.revoke(acme.id(), acmeAdmin.id()));
        assertThat(roles()).containsOnlyKeys(acmeViewer.username()).containsEntry(acmeViewer.username(), TenantRole.ADMIN);
    }

    private Map<String, TenantRole> roles() {
        return signedIn.as("admin", () -> administration.members(acme.id())).stream()
                .collect(Collectors.toMap(Member::username, Member::role));
    }

    private void asPlatformAdministrator(Runnable action) {
        signedIn.asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD, action);
    }
}
