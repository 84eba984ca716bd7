package com.sendclean.portal.smtpusers;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.support.TestTenants.CreatedUser;
import com.sendclean.portal.tenant.TenantRole;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SendClean lists one SMTP user name twice (its sandbox cannot, so a stand-in answers): every entry is shown, the
 * screen names the duplicate, and nothing is changed on either row, because SendClean's API addresses users by name only.
 */
class SmtpUsersDuplicateNamesBrowserTest extends BrowserTest {

    static final WireMockServer standIn = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        standIn.start();
    }

    @DynamicPropertySource
    static void sendClean(DynamicPropertyRegistry registry) {
        registry.add("sendclean.api.base-url-template", () -> "http://127.0.0.1:" + standIn.port() + "/{domain}/v1.0/");
        registry.add("sendclean.api.allow-private-addresses", () -> "true");
    }

    @AfterAll
    static void stopStandIn() {
        standIn.stop();
    }

    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired CredentialsService credentials;
    @Autowired SmtpUserService smtpUsers;
    @Autowired SmtpUserDirectory directory;

    record Connected(CreatedTenant tenant, CreatedUser admin, String base) {}

    /** A tenant whose SendClean lists smtp-dup twice (100 and 200) and smtp-other once; changes would succeed. */
    Connected connectToADuplicatingSendClean() {
        String domain = "dup-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        CreatedTenant tenant = testTenants.tenant("Duplicating");
        CreatedUser admin = testTenants.readyMember(tenant, "dup-admin", TenantRole.ADMIN);
        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.save(tenant.id(),
                new CredentialsInput("owner-dup", "token-dup", domain)));
        String base = "/" + domain + "/v1.0/settings/";
        standIn.stubFor(post(base + "listSmtp").willReturn(okJson("""
                {"status":"success","smtp_list":[
                 {"smtp_user_name":"smtp-dup","password":"pw-1","status":"Enable","total_limit":100,"hourly_limit":10},
                 {"smtp_user_name":"smtp-other","password":"pw-2","status":"Enable","total_limit":300,"hourly_limit":30},
                 {"smtp_user_name":"smtp-dup","password":"pw-3","status":"Disable","total_limit":200,"hourly_limit":20}]}""")));
        standIn.stubFor(post(base + "editSmtp").willReturn(okJson("{\"status\":\"success\"}")));
        standIn.stubFor(post(base + "resetSmtpPassword").willReturn(okJson("""
                {"status":"success","smtp_user_name":"smtp-dup","smtp_password":"pw-new"}""")));
        return new Connected(tenant, admin, base);
    }

    @Test
    void bothEntriesOfANameListedTwiceAreShownWithAWarningAndCannotBeChanged() {
        var dup = connectToADuplicatingSendClean();

        new LoginPage(page).open(url("")).signIn(dup.admin().username(), TestTenants.PASSWORD);
        page.waitForURL("**/t/" + dup.tenant().slug());
        var screen = new SmtpUsersPage(page).open(url(""), dup.tenant().slug());

        assertThat(screen.counts()).containsText("3 SMTP users");
        assertThat(screen.limitButton("Total limit", "smtp-dup")).hasText(new String[] {"100", "200"});
        assertThat(screen.text("SendClean lists smtp-dup twice")).isVisible();
        assertThat(screen.limitButton("Total limit", "smtp-dup").first()).isDisabled();
        assertThat(screen.limitButton("Total limit", "smtp-dup").last()).isDisabled();
        assertThat(screen.statusCheckbox("smtp-dup").first()).isDisabled();
        assertThat(screen.limitButton("Total limit", "smtp-other")).isEnabled();

        // re-listing the same answer keeps both rows where they were
        screen.button("Refresh").click();
        assertThat(screen.limitButton("Total limit", "smtp-dup")).hasText(new String[] {"100", "200"});
        standIn.verify(0, postRequestedFor(urlEqualTo(dup.base() + "editSmtp")));
    }

    @Test
    void theServiceRefusesEveryActionOnADuplicatedNameAndSendsNothing() {
        var dup = connectToADuplicatingSendClean();
        var id = dup.tenant().id();
        String admin = dup.admin().username();
        assertThat(signedIn.as(admin, () -> smtpUsers.list(id, true).size())).isEqualTo(3);

        String why = "SendClean lists smtp-dup more than once";
        assertThatThrownBy(() -> signedIn.as(admin, () -> smtpUsers.changeLimit(id, "smtp-dup", LimitKind.TOTAL, 5)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(why);
        assertThatThrownBy(() -> signedIn.as(admin, () -> smtpUsers.setEnabled(id, "smtp-dup", false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(why);
        assertThatThrownBy(() -> signedIn.asConfirmed(admin, TestTenants.PASSWORD,
                () -> smtpUsers.resetPassword(id, "smtp-dup")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(why);
        assertThatThrownBy(() -> signedIn.asConfirmed(admin, TestTenants.PASSWORD,
                () -> smtpUsers.revealPassword(id, "smtp-dup")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(why);
        standIn.verify(0, postRequestedFor(urlEqualTo(dup.base() + "editSmtp")));
        standIn.verify(0, postRequestedFor(urlEqualTo(dup.base() + "resetSmtpPassword")));
        // with no shared copy, a reveal lists first and still cannot say whose password it would show
        directory.forget(id);
        assertThatThrownBy(() -> signedIn.asConfirmed(admin, TestTenants.PASSWORD,
                () -> smtpUsers.revealPassword(id, "smtp-dup")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(why);

        signedIn.as(admin, () -> smtpUsers.changeLimit(id, "smtp-other", LimitKind.TOTAL, 5));
        standIn.verify(1, postRequestedFor(urlEqualTo(dup.base() + "editSmtp")));
    }
}
