package com.sendclean.portal.tenant;

import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.support.TestTenants.CreatedUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TenantIsolationTest {

    @Autowired SignedIn signedIn;
    @Autowired TestTenants testTenants;
    @Autowired TenantService tenantService;
    @Autowired MemberService memberService;
    @Autowired TenantAdministrationService administration;

    CreatedTenant acme;
    CreatedTenant globex;
    CreatedUser acmeAdmin;
    CreatedUser acmeOperator;
    CreatedUser acmeViewer;
    CreatedUser globexAdmin;

    @BeforeEach
    void setUp() {
        acme = testTenants.tenant("Acme");
        globex = testTenants.tenant("Globex");
        acmeAdmin = testTenants.member(acme, "acme-admin", TenantRole.ADMIN);
        acmeOperator = testTenants.member(acme, "acme-operator", TenantRole.OPERATOR);
        acmeViewer = testTenants.member(acme, "acme-viewer", TenantRole.VIEWER);
        globexAdmin = testTenants.member(globex, "globex-admin", TenantRole.ADMIN);
    }

    @Test
    void aMemberSeesOnlyTheirOwnTenants() {
        var mine = signedIn.as(acmeAdmin.username(), () -> tenantService.myTenants());
        assertThat(mine).extracting(m -> m.tenant().slug()).containsExactly(acme.slug());
    }

    @Test
    void anotherTenantsSlugLooksLikeOneThatDoesNotExist() {
        assertThat(signedIn.as(acmeAdmin.username(), () -> tenantService.open(globex.slug(), TenantRole.VIEWER))).isEmpty();
        assertThat(signedIn.as(acmeAdmin.username(), () -> tenantService.open("no-such-tenant", TenantRole.VIEWER))).isEmpty();
        assertThat(signedIn.as(acmeAdmin.username(), () -> tenantService.open(acme.slug(), TenantRole.ADMIN))).isPresent();
    }

    @Test
    void aDirectServiceCallWithAnotherTenantsIdIsRefused() {
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(), () -> memberService.members(globex.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(),
                () -> memberService.removeMember(globex.id(), globexAdmin.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(globexAdmin.username(), () -> memberService.members(globex.id())))
                .extracting(Member::username).containsExactly(globexAdmin.username());
    }

    @Test
    void onlyAdminsManageMembers() {
        assertThat(signedIn.as(acmeAdmin.username(), () -> memberService.members(acme.id()))).hasSize(3);
        for (CreatedUser user : new CreatedUser[] {acmeOperator, acmeViewer}) {
            assertThatThrownBy(() -> signedIn.as(user.username(), () -> memberService.members(acme.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(user.username(),
                    () -> memberService.changeRole(acme.id(), user.id(), TenantRole.ADMIN)))
                    .as("nobody promotes themselves").isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void roleMatrixOpensPagesByRole() {
        assertThat(signedIn.as(acmeViewer.username(), () -> tenantService.open(acme.slug(), TenantRole.VIEWER))).isPresent();
        assertThat(signedIn.as(acmeViewer.username(), () -> tenantService.open(acme.slug(), TenantRole.OPERATOR))).isEmpty();
        assertThat(signedIn.as(acmeOperator.username(), () -> tenantService.open(acme.slug(), TenantRole.OPERATOR))).isPresent();
        assertThat(signedIn.as(acmeOperator.username(), () -> tenantService.open(acme.slug(), TenantRole.ADMIN))).isEmpty();
        assertThat(signedIn.as(acmeAdmin.username(), () -> tenantService.open(acme.slug(), TenantRole.ADMIN))).isPresent();
    }

    @Test
    void platformAdministratorsGetNoTenantAccessFromTheirAuthority() {
        assertThat(signedIn.as("admin", () -> tenantService.open(acme.slug(), TenantRole.VIEWER))).isEmpty();
        assertThatThrownBy(() -> signedIn.as("admin", () -> memberService.members(acme.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyPlatformAdministratorsAdministerTenants() {
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(), () -> administration.listTenants()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(),
                () -> administration.grant(globex.id(), acmeAdmin.id(), TenantRole.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeactivatedTenantCannotBeOpenedUntilReactivated() {
        signedIn.as("admin", () -> administration.setActive(acme.id(), false));
        assertThat(signedIn.as(acmeAdmin.username(), () -> tenantService.open(acme.slug(), TenantRole.VIEWER))).isEmpty();
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(), () -> memberService.members(acme.id())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("admin", () -> administration.setActive(acme.id(), true));
        assertThat(signedIn.as(acmeAdmin.username(), () -> tenantService.open(acme.slug(), TenantRole.VIEWER))).isPresent();
    }

    @Test
    void renamingKeepsTheSlug() {
        signedIn.as("admin", () -> administration.rename(acme.id(), "Acme Renamed"));
        var opened = signedIn.as(acmeAdmin.username(), () -> tenantService.open(acme.slug(), TenantRole.VIEWER));
        assertThat(opened).get().extracting(m -> m.tenant().name()).isEqualTo("Acme Renamed");
    }

    @Test
    void theLastAdminCanBeNeitherRemovedNorDemoted() {
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(), () -> memberService.removeMember(acme.id(), acmeAdmin.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last Admin");
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(),
                () -> memberService.changeRole(acme.id(), acmeAdmin.id(), TenantRole.VIEWER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one Admin");
        signedIn.as(acmeAdmin.username(), () -> memberService.changeRole(acme.id(), acmeOperator.id(), TenantRole.ADMIN));
        signedIn.as(acmeAdmin.username(), () -> memberService.removeMember(acme.id(), acmeAdmin.id()));
        assertThat(signedIn.as(acmeOperator.username(), () -> memberService.members(acme.id())))
                .extracting(Member::username).doesNotContain(acmeAdmin.username());
    }

    @Test
    void anAdminCannotAddAnAccountThatExistsElsewhere() {
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(), () -> memberService.createMember(acme.id(),
                globexAdmin.username(), TestTenants.INITIAL_PASSWORD, TenantRole.VIEWER)))
                .isInstanceOf(InvalidInputException.class).hasMessage("This user name is not available. Choose another.");
        assertThat(signedIn.as(globexAdmin.username(), () -> tenantService.myTenants()))
                .extracting(m -> m.tenant().slug()).containsExactly(globex.slug());
    }

    @Test
    void aResellerLandsInTheTenantUsedLast() {
        CreatedUser reseller = testTenants.member(acme, "reseller", TenantRole.ADMIN);
        testTenants.grant(globex, reseller, TenantRole.ADMIN);
        signedIn.as(reseller.username(), () -> tenantService.open(globex.slug(), TenantRole.VIEWER));
        assertThat(signedIn.as(reseller.username(), () -> tenantService.landingTenant()))
                .get().extracting(m -> m.tenant().slug()).isEqualTo(globex.slug());
        signedIn.as(reseller.username(), () -> tenantService.open(acme.slug(), TenantRole.VIEWER));
        assertThat(signedIn.as(reseller.username(), () -> tenantService.landingTenant()))
                .get().extracting(m -> m.tenant().slug()).isEqualTo(acme.slug());
    }
}
