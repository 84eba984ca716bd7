package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Platform administrators see a tenant's counts only from a copy its members loaded, never by a call of their own. */
@IntegrationTest
@TestPropertySource(properties = "sendclean.sandbox.enabled=true")
class SharedCountsTest {

    @Autowired SandboxTenants sandboxTenants;
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;

    @Test
    void countsAppearForAdministratorsOnlyOnceAMemberLoadedTheList() {
        var acme = sandboxTenants.create("Acme", 5);
        var id = acme.tenant().id();
        assertThat(signedIn.as("admin", () -> smtpUsers.sharedCounts(id))).as("nothing loaded, nothing asked").isEmpty();
        assertThat(signedIn.as("admin", () -> smtpUsers.sharedCounts(id))).isEmpty();

        var listed = signedIn.as(acme.admin().username(), () -> smtpUsers.list(id, false));
        var counts = signedIn.as("admin", () -> smtpUsers.sharedCounts(id)).orElseThrow();
        assertThat(counts.total()).isEqualTo(5);
        assertThat(counts.enabled()).isEqualTo(listed.enabledCount());
        assertThat(counts.disabled()).isEqualTo(listed.disabledCount());

        assertThatThrownBy(() -> signedIn.as(acme.admin().username(), () -> smtpUsers.sharedCounts(id)))
                .as("members use the tenant's own screens").isInstanceOf(AccessDeniedException.class);
    }
}
