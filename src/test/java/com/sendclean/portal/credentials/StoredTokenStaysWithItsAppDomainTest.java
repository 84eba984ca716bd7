package com.sendclean.portal.credentials;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sendclean.portal.stepup.StepUpRequiredException;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.credentials.decrypted.DecryptedCredentials;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.support.TestTenants.CreatedUser;
import com.sendclean.portal.tenant.TenantRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored owner ID and token only ever go to the stored app domain. A stand-in SendClean (WireMock) answers for
 * every app domain, so a request that carried the stored token to another domain would show up in its journal.
 */
@IntegrationTest
class StoredTokenStaysWithItsAppDomainTest {

    static final String OWNER_ID = "owner-stored-51d7";
    static final String TOKEN = "tok-stored-secret-8c2e";
    static final String STORED_DOMAIN = "us1-mta1.sendclean.net";
    static final String OTHER_DOMAIN = "api-collector.example.com";

    static final WireMockServer standIn = started();

    static WireMockServer started() {
        var server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void sendCleanIsTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("sendclean.api.base-url-template", () -> "http://127.0.0.1:" + standIn.port() + "/{domain}/v1.0/");
        registry.add("sendclean.api.allow-private-addresses", () -> "true");
    }

    @AfterAll
    static void stop() {
        standIn.stop();
    }

    @Autowired SignedIn signedIn;
    @Autowired TestTenants testTenants;
    @Autowired CredentialsService credentials;
    @Autowired DecryptedCredentials decrypted;
    @Autowired JdbcClient jdbc;

    CreatedTenant tenant;
    CreatedUser admin;

    @BeforeEach
    void setUp() {
        standIn.resetAll();
        standIn.stubFor(post(urlPathMatching("/.*/v1.0/settings/listSmtp")).willReturn(okJson("""
                {"status":"success","smtp_list":[
                  {"smtp_user_name":"smtps1","password":"pw1","status":"Enable","total_limit":10,"hourly_limit":5}]}""")));
        tenant = testTenants.tenant("Hooli");
        admin = testTenants.member(tenant, "hooli-admin", TenantRole.ADMIN);
        signedIn.asConfirmed(admin.username(), TestTenants.INITIAL_PASSWORD,
                () -> credentials.save(tenant.id(), new CredentialsInput(OWNER_ID, TOKEN, STORED_DOMAIN)));
    }

    ConnectionTestResult test(CredentialsInput input) {
        return signedIn.asConfirmed(admin.username(), TestTenants.INITIAL_PASSWORD,
                () -> credentials.testConnection(tenant.id(), input));
    }

    @Test
    void testingAnotherAppDomainWithBlankSecretsSendsNothingAndAsksForBothValues() {
        ConnectionTestResult result = test(new CredentialsInput("", "", OTHER_DOMAIN));

        assertThat(result.worked()).isFalse();
        assertThat(result.message()).isEqualTo(CredentialsService.RETYPE_FOR_OTHER_DOMAIN.formatted(STORED_DOMAIN));
        assertThat(result.invalidFields()).containsExactlyInAnyOrder(CredentialsField.OWNER_ID, CredentialsField.API_TOKEN);
        List<LoggedRequest> requests = standIn.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).as("no request at all, so none carrying the stored token").isEmpty();
    }

    @Test
    void typingOnlyOneSecretForAnotherAppDomainIsNotEnough() {
        ConnectionTestResult result = test(new CredentialsInput("owner-typed", "", OTHER_DOMAIN));

        assertThat(result.worked()).isFalse();
        assertThat(result.invalidFields()).containsExactly(CredentialsField.API_TOKEN);
        assertThat(standIn.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void savingAnotherAppDomainWithBlankSecretsIsRefusedAndKeepsTheStoredDomain() {
        assertThatThrownBy(() -> signedIn.asConfirmed(admin.username(), TestTenants.INITIAL_PASSWORD,
                () -> credentials.save(tenant.id(), new CredentialsInput("", "", OTHER_DOMAIN))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(
                                CredentialsService.RETYPE_FOR_OTHER_DOMAIN.formatted(STORED_DOMAIN)));
        assertThat(signedIn.as(admin.username(), () -> credentials.status(tenant.id())).appDomain())
                .isEqualTo(STORED_DOMAIN);
        String sentTo = signedIn.as(admin.username(), () -> decrypted.withStoredAccount(tenant.id(),
                account -> account.appDomain()));
        assertThat(sentTo).isEqualTo(STORED_DOMAIN);
    }

    @Test
    void theStoredSecretsStillGoToTheStoredAppDomain() {
        ConnectionTestResult result = test(new CredentialsInput("", "", STORED_DOMAIN.toUpperCase()));

        assertThat(result.worked()).isTrue();
        List<LoggedRequest> requests = standIn.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.getUrl()).startsWith("/" + STORED_DOMAIN + "/");
            assertThat(request.getBodyAsString()).contains(TOKEN);
        });
    }

    @Test
    void testingTheConnectionNeedsARecentPasswordEntry() {
        assertThatThrownBy(() -> signedIn.as(admin.username(),
                () -> credentials.testConnection(tenant.id(), new CredentialsInput("", "", STORED_DOMAIN))))
                .isInstanceOf(StepUpRequiredException.class);
        assertThat(standIn.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aRowWhoseAppDomainWasChangedInTheDatabaseDoesNotDecryptAndSendsNothing() {
        // someone who can write the database, but has no keyset, redirects the stored token
        jdbc.sql("update sendclean_credentials set app_domain = :domain where tenant_id = :id")
                .param("domain", OTHER_DOMAIN).param("id", tenant.id().value()).update();

        assertThat(signedIn.as(admin.username(), () -> credentials.status(tenant.id())).state())
                .isEqualTo(CredentialsStatus.State.UNREADABLE);
        assertThatThrownBy(() -> signedIn.as(admin.username(), () -> decrypted.withStoredAccount(tenant.id(), a -> a)))
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessage("The stored SendClean credentials cannot be read: the portal's encryption key changed or "
                        + "they were altered in the database. An Admin must enter them again.");
        ConnectionTestResult result = test(new CredentialsInput("", "", ""));
        assertThat(result.worked()).isFalse();
        assertThat(result.message()).isEqualTo("The stored owner ID cannot be read; enter it again.");
        assertThat(standIn.findAll(anyRequestedFor(anyUrl()))).as("nothing sent anywhere").isEmpty();
    }
}
