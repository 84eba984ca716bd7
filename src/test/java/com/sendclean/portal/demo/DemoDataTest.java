package com.sendclean.portal.demo;

import com.sendclean.portal.account.DemoAccounts;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.account.UserSummary;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the local profile's flag there are no demo users and nothing that could make them. */
@IntegrationTest
class DemoDataTest {

    @Autowired SignedIn signedIn;
    @Autowired UserAdministrationService users;
    @Autowired ApplicationContext context;

    @Test
    void productionHasNoDemoUsersAndNoWayToMakeThem() {
        assertThat(signedIn.as("admin", () -> users.listUsers()))
                .extracting(UserSummary::username)
                .doesNotContain("alice", "victor", "rita");
        assertThat(context.getBeanNamesForType(DemoAccounts.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DemoDataSeeder.class)).isEmpty();
        assertThat(context.containsBean("sandboxAccounts")).isFalse();
    }
}
