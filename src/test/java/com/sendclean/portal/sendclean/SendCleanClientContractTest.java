package com.sendclean.portal.sendclean;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against WireMock: exact requests, every answer form of the reference, timeouts, retries, breaker. */
@ExtendWith(OutputCaptureExtension.class)
class SendCleanClientContractTest {

    static final String OWNER = "owner-SECRET-4242";
    static final String TOKEN = "token-SECRET-9876";
    static final String DOMAIN = "us1-mta1.sendclean.net";
    static final String BASE = "/" + DOMAIN + "/v1.0";

    WireMockServer wireMock;
    SendCleanClient client;
    final List<String> refused = new ArrayList<>();
    final List<String> accepted = new ArrayList<>();

    @BeforeEach
    void start() {
        wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wireMock.start();
        client = client(Duration.ofMillis(700), Duration.ofMillis(300), List.of());
    }

    @AfterEach
    void stop() {
        client.close();
        wireMock.stop();
    }

    SendCleanClient client(Duration readTimeout, Duration circuitOpen, List<String> allowedDomains) {
        var properties = new SendCleanApiProperties("http://127.0.0.1:" + wireMock.port() + "/{domain}/v1.0/",
                Duration.ofMillis(500), readTimeout, true, allowedDomains, circuitOpen);
        return new SendCleanClient(properties, false, () -> 0, new SendCleanAuthenticationListener() {
            @Override
            public void storedCredentialsRefused(String tenantKey) {
                refused.add(tenantKey);
            }

            @Override
            public void storedCredentialsAccepted(String tenantKey) {
                accepted.add(tenantKey);
            }
        }, Duration.ofMillis(10));
    }

    static SendCleanAccount stored() {
        return new SendCleanAccount("7", DOMAIN, OWNER, TOKEN, CredentialSource.STORED);
    }

    static SendCleanAccount typed() {
        return new SendCleanAccount("7", DOMAIN, OWNER, TOKEN, CredentialSource.TYPED);
    }

    @Test
    void listSmtpPostsOwnerAndTokenAsJsonAndReadsEveryEntryForm() {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("""
                {"status":"success","smtp_list":[
                  {"smtp_user_name":"smtps456546","password":"cgvddgrsd","status":"Enable","total_limit":1000,"hourly_limit":600},
                  {"smtp_user_name":"smtps456567","smtp_password":"fdsdfs","status":"Disable","total_limit":"100","hourly_limit":"30"}]}""")));

        List<SmtpUser> users = client.listSmtp(stored());

        assertThat(users).containsExactly(
                new SmtpUser("smtps456546", "cgvddgrsd", SmtpUserStatus.ENABLED, 1000, 600),
                new SmtpUser("smtps456567", "fdsdfs", SmtpUserStatus.DISABLED, 100, 30));
        wireMock.verify(postRequestedFor(urlEqualTo(BASE + "/settings/listSmtp"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"owner_id\":\"" + OWNER + "\",\"token\":\"" + TOKEN + "\"}", false, false)));
        assertThat(accepted).containsExactly("7");
    }

    @Test
    void anAcceptedCallOfStoredCredentialsThatCarryNoRefusalMarkWritesNoMark() {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("""
                {"status":"success","smtp_list":[]}""")));

        client.listSmtp(new SendCleanAccount("7", DOMAIN, OWNER, TOKEN, CredentialSource.STORED, false));

        assertThat(accepted).as("nothing to clear, so no update per call (issue 18)").isEmpty();
    }

    @Test
    void addSmtpSendsBothLimitsAsNumbersAndReturnsTheNewCredentials() {
        wireMock.stubFor(post(BASE + "/settings/addSmtp").willReturn(okJson("""
                {"status":"success","message":"SMTP User Created","smtp_user_name":"smtp12345","smtp_password":"asfsf4w343"}""")));

        SmtpCredentials created = client.addSmtp(stored(), 500, 200);

        assertThat(created).isEqualTo(new SmtpCredentials("smtp12345", "asfsf4w343"));
        wireMock.verify(postRequestedFor(urlEqualTo(BASE + "/settings/addSmtp"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"owner_id":"%s","token":"%s","total_limit":500,"hourly_limit":200}""".formatted(OWNER, TOKEN), false, false)));
    }

    @Test
    void editSmtpSendsOnlyWhatChanges() {
        wireMock.stubFor(post(BASE + "/settings/editSmtp").willReturn(okJson("{\"status\":\"success\",\"message\":\"SMTP User Updated\"}")));

        client.editSmtp(stored(), SmtpUserChange.totalLimit("smtp12345", 1000));
        client.editSmtp(stored(), SmtpUserChange.status("smtp12345", SmtpUserStatus.DISABLED));
        client.editSmtp(stored(), SmtpUserChange.hourlyLimit("smtp12345", 2_147_483_647));

        wireMock.verify(postRequestedFor(urlEqualTo(BASE + "/settings/editSmtp")).withRequestBody(equalToJson("""
                {"owner_id":"%s","token":"%s","smtp_user_name":"smtp12345","total_limit":1000}""".formatted(OWNER, TOKEN), false, false)));
        wireMock.verify(postRequestedFor(urlEqualTo(BASE + "/settings/editSmtp")).withRequestBody(equalToJson("""
                {"owner_id":"%s","token":"%s","smtp_user_name":"smtp12345","status":"Disable"}""".formatted(OWNER, TOKEN), false, false)));
        wireMock.verify(postRequestedFor(urlEqualTo(BASE + "/settings/editSmtp")).withRequestBody(equalToJson("""
                {"owner_id":"%s","token":"%s","smtp_user_name":"smtp12345","hourly_limit":2147483647}""".formatted(OWNER, TOKEN), false, false)));
    }

    @Test
    void resetSmtpPasswordSendsTheNameAndReturnsTheNewPassword() {
        wireMock.stubFor(post(BASE + "/settings/resetSmtpPassword").willReturn(okJson("""
                {"status":"success","message":"password reseted","smtp_user_name":"smtp12345","smtp_password":"2fg345gy6r7"}""")));

        assertThat(client.resetSmtpPassword(stored(), "smtp12345")).isEqualTo(new SmtpCredentials("smtp12345", "2fg345gy6r7"));
        wireMock.verify(postRequestedFor(urlEqualTo(BASE + "/settings/resetSmtpPassword")).withRequestBody(equalToJson("""
                {"owner_id":"%s","token":"%s","smtp_user_name":"smtp12345"}""".formatted(OWNER, TOKEN), false, false)));
    }

    @Test
    void authenticationErrorsInEitherFormAndStatusBecomeTypedExceptionsAndMarkOnlyStoredCredentials() {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("""
                {"status":"error","code":-1,"name":"AuthenticationError","message":"Token MissMatch"}""")));
        assertThatThrownBy(() -> client.listSmtp(stored()))
                .isInstanceOf(SendCleanException.Authentication.class)
                .hasMessage("SendClean refused the stored token");
        assertThat(refused).containsExactly("7");

        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"type\":\"AuthenticationError\",\"message\":\"Token MissMatch\"}")));
        assertThatThrownBy(() -> client.listSmtp(typed()))
                .isInstanceOf(SendCleanException.Authentication.class)
                .hasMessage("SendClean refused this owner ID and token");
        assertThat(refused).as("a test of typed credentials never marks the stored ones").containsExactly("7");
    }

    @Test
    void validationAndGeneralErrorsCarrySendCleansMessage() {
        wireMock.stubFor(post(BASE + "/settings/addSmtp").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"type\":\"ValidationError\",\"message\":\"total_limit must be positive\"}")));
        assertThatThrownBy(() -> client.addSmtp(stored(), 1, 1))
                .isInstanceOf(SendCleanException.Validation.class).hasMessage("total_limit must be positive");

        wireMock.stubFor(post(BASE + "/settings/resetSmtpPassword").willReturn(okJson(
                "{\"status\":\"error\",\"code\":-1,\"name\":\"GeneralError\",\"message\":\"Something broke\"}")));
        assertThatThrownBy(() -> client.resetSmtpPassword(stored(), "smtp1"))
                .isInstanceOf(SendCleanException.General.class).hasMessage("SendClean reported an error: Something broke");
    }

    @Test
    void unreadableAnswersAreMalformedNeverAParserError() {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Internal Server Error</body></html>")));
        assertThatThrownBy(() -> client.listSmtp(stored()))
                .isInstanceOf(SendCleanException.Malformed.class).hasMessage("SendClean sent an answer the portal cannot read");

        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("{\"status\":\"success\",\"smtp_list\":[")));
        assertThatThrownBy(() -> client.listSmtp(stored())).isInstanceOf(SendCleanException.Malformed.class);

        // one unreadable entry hides only itself (see SendCleanUnusualAnswersContractTest)
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("""
                {"status":"success","smtp_list":[{"smtp_user_name":"a","password":"p","status":"Enable","total_limit":"lots","hourly_limit":1}]}""")));
        assertThat(client.listSmtpUsers(stored()).users()).isEmpty();
        assertThat(client.listSmtpUsers(stored()).unreadable()).isEqualTo(1);
    }

    @Test
    void redirectsAreNotFollowed() {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        assertThatThrownBy(() -> client.listSmtp(stored())).isInstanceOf(SendCleanException.Malformed.class);
        wireMock.verify(1, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void listAndEditAreRetriedAfterATransientFailure() {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        wireMock.stubFor(post(BASE + "/settings/listSmtp").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"status\":\"success\",\"smtp_list\":[]}")));

        assertThat(client.listSmtp(stored())).isEmpty();
        wireMock.verify(2, postRequestedFor(urlEqualTo(BASE + "/settings/listSmtp")));

        wireMock.stubFor(post(BASE + "/settings/editSmtp").willReturn(aResponse().withFixedDelay(1200)));
        // sent but never answered: repeated, since it sets absolute values, and in the end not known to have applied
        assertThatThrownBy(() -> client.editSmtp(stored(), SmtpUserChange.totalLimit("smtp1", 5)))
                .isInstanceOf(SendCleanException.OutcomeUnknown.class);
        wireMock.verify(3, postRequestedFor(urlEqualTo(BASE + "/settings/editSmtp")));
    }

    @Test
    void addAndResetAreNeverRetriedAndATimeoutLeavesTheOutcomeUnknown() {
        wireMock.stubFor(post(BASE + "/settings/addSmtp").willReturn(aResponse().withFixedDelay(1200)));
        assertThatThrownBy(() -> client.addSmtp(stored(), 10, 5))
                .isInstanceOf(SendCleanException.OutcomeUnknown.class)
                .hasMessageContaining("did not confirm whether the SMTP user was created");
        wireMock.verify(1, postRequestedFor(urlEqualTo(BASE + "/settings/addSmtp")));

        // a 503 after the request was sent does not say the password stayed as it was
        wireMock.stubFor(post(BASE + "/settings/resetSmtpPassword").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> client.resetSmtpPassword(stored(), "smtp1")).isInstanceOf(SendCleanException.OutcomeUnknown.class);
        wireMock.verify(1, postRequestedFor(urlEqualTo(BASE + "/settings/resetSmtpPassword")));
    }

    @Test
    void theCircuitOpensForAFailingTenantOnlyAndRecoversByItself() throws Exception {
        wireMock.stubFor(post(BASE + "/settings/addSmtp").willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> client.addSmtp(stored(), 1, 1)).isInstanceOf(SendCleanException.OutcomeUnknown.class);
        }
        wireMock.resetRequests();

        assertThatThrownBy(() -> client.addSmtp(stored(), 1, 1))
                .isInstanceOfSatisfying(SendCleanException.Unreachable.class, open -> assertThat(open.circuitOpen()).isTrue());
        wireMock.verify(0, postRequestedFor(urlPathMatching(".*")));

        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("{\"status\":\"success\",\"smtp_list\":[]}")));
        var otherTenant = new SendCleanAccount("8", DOMAIN, OWNER, TOKEN, CredentialSource.STORED);
        assertThat(client.listSmtp(otherTenant)).as("another tenant's circuit is closed").isEmpty();

        Thread.sleep(400); // the test client's circuit stays open for 300 ms
        assertThat(client.listSmtp(stored())).isEmpty();
        assertThat(client.listSmtp(stored())).isEmpty();
    }

    @Test
    void refusalsDoNotTripTheCircuit() {
        wireMock.stubFor(post(BASE + "/settings/editSmtp").willReturn(okJson(
                "{\"status\":\"error\",\"type\":\"ValidationError\",\"message\":\"bad\"}")));
        for (int i = 0; i < 12; i++) {
            assertThatThrownBy(() -> client.editSmtp(stored(), SmtpUserChange.totalLimit("smtp1", 1)))
                    .isInstanceOf(SendCleanException.Validation.class);
        }
        wireMock.verify(12, postRequestedFor(urlEqualTo(BASE + "/settings/editSmtp")));
    }

    @Test
    void malformedAppDomainsAreRefusedBeforeAnyCall() {
        for (String domain : List.of("https://api.sendclean.net", "api.sendclean.net:8443", "api.sendclean.net/v1",
                "user@api.sendclean.net", "api sendclean.net", "10.0.0.1", "localhost", "")) {
            var account = new SendCleanAccount("7", domain, OWNER, TOKEN, CredentialSource.STORED);
            assertThatThrownBy(() -> client.listSmtp(account)).as(domain).isInstanceOf(SendCleanException.AddressRefused.class);
        }
        wireMock.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void anAllowListOfDomainSuffixesNarrowsTheDomains() {
        try (var narrowed = client(Duration.ofSeconds(1), Duration.ofSeconds(1), List.of("sendclean.net"))) {
            wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("{\"status\":\"success\",\"smtp_list\":[]}")));
            assertThat(narrowed.listSmtp(stored())).isEmpty();
            var elsewhere = new SendCleanAccount("7", "api.example.com", OWNER, TOKEN, CredentialSource.STORED);
            assertThatThrownBy(() -> narrowed.listSmtp(elsewhere))
                    .isInstanceOf(SendCleanException.AddressRefused.class).hasMessageContaining("sendclean.net");
        }
    }

    @Test
    void noTokenOrOwnerIdReachesLogsOrExceptions(CapturedOutput output) {
        wireMock.stubFor(post(urlPathMatching(".*")).willReturn(okJson(
                "{\"status\":\"error\",\"name\":\"AuthenticationError\",\"message\":\"Token MissMatch\"}")));
        List<Throwable> failures = new ArrayList<>();
        for (Runnable call : List.<Runnable>of(
                () -> client.listSmtp(stored()),
                () -> client.addSmtp(stored(), 1, 1),
                () -> client.editSmtp(stored(), SmtpUserChange.totalLimit("smtp1", 2)),
                () -> client.resetSmtpPassword(stored(), "smtp1"))) {
            try {
                call.run();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        wireMock.stop();
        try {
            client.listSmtp(stored());
        } catch (RuntimeException e) {
            failures.add(e);
        }
        assertThat(failures).hasSize(5);
        for (Throwable failure : failures) {
            assertThat(String.valueOf(failure)).doesNotContain(TOKEN).doesNotContain(OWNER);
        }
        assertThat(stored().toString()).doesNotContain(TOKEN).doesNotContain(OWNER);
        assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain(OWNER);
    }
}
