package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Platform administrators see a tenant's counts only from a copy its members loaded, never by a call of their own. */
@IntegrationTest
@UsesSandbox
class SharedCountsTest {

    @Autowired SandboxTenants sandboxTenants;
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired SharedSmtpUserCounts counts;

    @Test
    void countsAppearForAdministratorsOnlyOnceAMemberLoadedTheList() {
        var acme = sandboxTenants.create("Acme", 5);
        var id = acme.tenant().id();
        assertThat(signedIn.as("admin", () -> counts.sharedCounts(id))).as("nothing loaded, nothing asked").isEmpty();
        assertThat(signedIn.as("admin", () -> counts.sharedCounts(id))).isEmpty();

        var listed = signedIn.as(acme.admin().username(), () -> smtpUsers.list(id, false));
        var shared = signedIn.as("admin", () -> counts.sharedCounts(id)).orElseThrow();
        assertThat(shared.total()).isEqualTo(5);
        assertThat(shared.enabled()).isEqualTo(listed.enabledCount());
        assertThat(shared.disabled()).isEqualTo(listed.disabledCount());

        assertThatThrownBy(() -> signedIn.as(acme.admin().username(), () -> counts.sharedCounts(id)))
                .as("members use the tenant's own screens").isInstanceOf(AccessDeniedException.class);
    }
}
