package com.sendclean.portal.sendclean;

import java.util.concurrent.CompletableFuture;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client against answers SendClean should not send but might: unreadable rows, duplicates, missing passwords,
 * unconfirmed changes, huge and endless answers, and more calls than a tenant's bulkhead allows.
 */
@ExtendWith(OutputCaptureExtension.class)
class SendCleanUnusualAnswersContractTest {

    static final String DOMAIN = "us1-mta1.sendclean.net";
    static final String BASE = "/" + DOMAIN + "/v1.0";
    static final String GOOD = """
            {"smtp_user_name":"smtp-good-1","password":"pw-SECRET-1","status":"Enable","total_limit":1000,"hourly_limit":600}""";
    static final String GOOD_TOO = """
            {"smtp_user_name":"smtp-good-2","smtp_password":"pw-SECRET-2","status":"Disable","total_limit":"100","hourly_limit":"30"}""";

    WireMockServer wireMock;
    SendCleanClient client;

    @BeforeEach
    void start() {
        wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wireMock.start();
        client = client(Duration.ofMillis(700), Duration.ofSeconds(10), DataSize.ofMegabytes(16), 4);
    }

    @AfterEach
    void stop() {
        client.close();
        wireMock.stop();
    }

    SendCleanClient client(Duration readTimeout, Duration callTimeout, DataSize maxResponseSize, int maxConcurrentCalls) {
        var properties = new SendCleanApiProperties("http://127.0.0.1:" + wireMock.port() + "/{domain}/v1.0/",
                Duration.ofSeconds(2), readTimeout, true, List.of(), Duration.ofMillis(300),
                callTimeout, maxResponseSize, maxConcurrentCalls);
        return new SendCleanClient(properties, false, () -> 0, new SendCleanAuthenticationListener() {
            @Override
            public void storedCredentialsRefused(String tenantKey) {
            }

            @Override
            public void storedCredentialsAccepted(String tenantKey) {
            }
        }, Duration.ofMillis(10));
    }

    static SendCleanAccount tenant(String key) {
        return new SendCleanAccount(key, DOMAIN, "owner-" + key, "token-" + key, CredentialSource.STORED);
    }

    void listAnswers(String... entries) {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson(
                "{\"status\":\"success\",\"smtp_list\":[" + String.join(",", entries) + "]}")));
    }

    @Test
    void oneUnreadableRowDoesNotHideTheOthersAndTheLogSaysWhichFieldFailed(CapturedOutput output) {
        listAnswers(GOOD,
                """
                {"smtp_user_name":"smtp-null-status","password":"pw-SECRET-3","status":null,"total_limit":1,"hourly_limit":1}""",
                """
                {"smtp_user_name":"smtp-suspended","password":"pw-SECRET-4","status":"Suspended","total_limit":1,"hourly_limit":1}""",
                """
                {"smtp_user_name":"smtp-fraction","password":"pw-SECRET-5","status":"Enable","total_limit":1000.0,"hourly_limit":1}""",
                """
                {"smtp_user_name":"smtp-empty-limit","password":"pw-SECRET-6","status":"Enable","total_limit":1,"hourly_limit":""}""",
                """
                {"password":"pw-SECRET-7","status":"Enable","total_limit":1,"hourly_limit":1}""",
                GOOD_TOO);

        assertThat(client.listSmtp(tenant("7"))).extracting(SmtpUser::name).containsExactly("smtp-good-1", "smtp-good-2");
        SmtpUserList listed = client.listSmtpUsers(tenant("7"));
        assertThat(listed.unreadable()).isEqualTo(5);
        assertThat(output.getAll())
                .contains("smtp-null-status", "field status is missing")
                .contains("smtp-suspended", "field status is unknown: \"Suspended\"")
                .contains("smtp-fraction", "field total_limit")
                .contains("smtp-empty-limit", "field hourly_limit")
                .contains("no name", "field smtp_user_name")
                .doesNotContain("pw-SECRET");
    }

    @Test
    void aMissingOrNullListIsAMalformedAnswerNotAnEmptyAccount() {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("{\"status\":\"success\"}")));
        assertThatThrownBy(() -> client.listSmtp(tenant("7"))).isInstanceOf(SendCleanException.Malformed.class);

        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson("{\"status\":\"success\",\"smtp_list\":null}")));
        assertThatThrownBy(() -> client.listSmtp(tenant("7"))).isInstanceOf(SendCleanException.Malformed.class);
    }

    @Test
    void aNameListedTwiceKeepsEveryEntryInSendCleansOrderAndIsReported(CapturedOutput output) {
        listAnswers(GOOD, GOOD_TOO, """
                {"smtp_user_name":"smtp-good-1","password":"pw-SECRET-8","status":"Disable","total_limit":5,"hourly_limit":5}""");

        SmtpUserList listed = client.listSmtpUsers(tenant("7"));
        assertThat(listed.users()).extracting(SmtpUser::name).containsExactly("smtp-good-1", "smtp-good-2", "smtp-good-1");
        assertThat(listed.users()).extracting(SmtpUser::totalLimit).as("no entry hides another").containsExactly(1000, 100, 5);
        assertThat(listed.duplicateNames()).containsExactly("smtp-good-1");
        assertThat(listed.users()).extracting(SmtpUser::rowKey).as("one identity per row, numbered in SendClean's order")
                .containsExactly(new SmtpUser.RowKey("smtp-good-1", 0), new SmtpUser.RowKey("smtp-good-2", 0),
                        new SmtpUser.RowKey("smtp-good-1", 1));
        assertThat(client.listSmtpUsers(tenant("7")).users()).extracting(SmtpUser::rowKey)
                .as("the same answer listed again gives the same identities")
                .isEqualTo(listed.users().stream().map(SmtpUser::rowKey).toList());
        assertThat(output.getAll()).contains("more than once", "smtp-good-1").doesNotContain("pw-SECRET");
    }

    @Test
    void aUserListedWithoutAPasswordIsListedWithNone() {
        listAnswers("""
                {"smtp_user_name":"smtp-no-password","status":"Enable","total_limit":10,"hourly_limit":5}""", GOOD);

        List<SmtpUser> users = client.listSmtp(tenant("7"));
        assertThat(users).extracting(SmtpUser::name).containsExactly("smtp-no-password", "smtp-good-1");
        assertThat(users.getFirst().password()).isNull();
    }

    @Test
    void addSmtpAnsweredWithAServerErrorOrAnHtmlPageMayHaveCreatedTheUser() {
        wireMock.stubFor(post(BASE + "/settings/addSmtp").willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> client.addSmtp(tenant("7"), 10, 5))
                .isInstanceOf(SendCleanException.OutcomeUnknown.class)
                .hasMessage("SendClean did not confirm whether the SMTP user was created; here is what it holds now.")
                .hasMessageNotContaining("try again");

        wireMock.stubFor(post(BASE + "/settings/addSmtp").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Welcome to nginx</body></html>")));
        assertThatThrownBy(() -> client.addSmtp(tenant("8"), 10, 5)).isInstanceOf(SendCleanException.OutcomeUnknown.class);
        wireMock.verify(2, postRequestedFor(urlEqualTo(BASE + "/settings/addSmtp")));
    }

    @Test
    void editAndResetThatFailAfterBeingSentMayHaveApplied() {
        wireMock.stubFor(post(BASE + "/settings/resetSmtpPassword").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html>Service Unavailable</html>")));
        assertThatThrownBy(() -> client.resetSmtpPassword(tenant("7"), "smtp1"))
                .isInstanceOf(SendCleanException.OutcomeUnknown.class)
                .hasMessage("SendClean did not confirm whether the password was reset; here is what it holds now.");
        wireMock.verify(1, postRequestedFor(urlEqualTo(BASE + "/settings/resetSmtpPassword")));

        wireMock.stubFor(post(BASE + "/settings/editSmtp").willReturn(aResponse().withFixedDelay(1200)));
        assertThatThrownBy(() -> client.editSmtp(tenant("8"), SmtpUserChange.totalLimit("smtp1", 5)))
                .isInstanceOf(SendCleanException.OutcomeUnknown.class)
                .hasMessage("SendClean did not confirm whether the change was applied; here is what it holds now.");
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedClearly() {
        try (var small = client(Duration.ofSeconds(2), Duration.ofSeconds(10), DataSize.ofKilobytes(1), 4)) {
            String big = "x".repeat(2000);
            listAnswers("""
                    {"smtp_user_name":"%s","password":"p","status":"Enable","total_limit":1,"hourly_limit":1}""".formatted(big));
            assertThatThrownBy(() -> small.listSmtp(tenant("7")))
                    .isInstanceOf(SendCleanException.Malformed.class)
                    .hasMessageContaining("larger than the portal accepts");
        }
    }

    @Test
    void aCallThatTricklesPastItsOverallDeadlineEndsAtTheDeadline() {
        // each chunk comes well within the read timeout, so only the overall deadline can end the call
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(okJson(
                "{\"status\":\"success\",\"smtp_list\":[" + GOOD + "]}" + " ".repeat(40))
                .withChunkedDribbleDelay(40, 4000)));
        try (var strict = client(Duration.ofMillis(700), Duration.ofMillis(1500), DataSize.ofMegabytes(16), 4)) {
            assertThatThrownBy(() -> strict.listSmtp(tenant("7")))
                    .as("a slow answer that would arrive in full is still cut off at the deadline")
                    .isInstanceOf(SendCleanException.Unreachable.class)
                    .hasMessage("SendClean could not be reached; try again");
        }
    }

    @Test
    void aTenantWithAllItsCallsHangingIsRefusedMoreWhileOtherTenantsAreServed() throws Exception {
        wireMock.stubFor(post(BASE + "/settings/listSmtp").willReturn(aResponse().withFixedDelay(4000)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"success\",\"smtp_list\":[]}")));
        wireMock.stubFor(post(BASE + "/settings/editSmtp").willReturn(okJson("{\"status\":\"success\"}")));
        try (var twoAtOnce = client(Duration.ofSeconds(10), Duration.ofSeconds(20), DataSize.ofMegabytes(16), 2)) {
            var hanging = List.of(
                    CompletableFuture.runAsync(() -> twoAtOnce.listSmtp(tenant("A"))),
                    CompletableFuture.runAsync(() -> twoAtOnce.listSmtp(tenant("A"))));
            // both calls are under way once both requests have reached the stand-in
            while (wireMock.findAll(postRequestedFor(urlEqualTo(BASE + "/settings/listSmtp"))).size() < 2
                    && hanging.stream().noneMatch(CompletableFuture::isDone)) {
                Thread.sleep(10);
            }

            assertThatThrownBy(() -> twoAtOnce.editSmtp(tenant("A"), SmtpUserChange.totalLimit("smtp1", 5)))
                    .isInstanceOf(SendCleanException.Unreachable.class)
                    .hasMessageContaining("still busy");
            twoAtOnce.editSmtp(tenant("B"), SmtpUserChange.totalLimit("smtp1", 5));
            assertThat(hanging).as("tenant B was served while A's calls still hung").noneMatch(f -> f.isDone());
            for (var call : hanging) {
                call.get(); // and A's calls end normally once its SendClean answers
            }
        }
    }
}
