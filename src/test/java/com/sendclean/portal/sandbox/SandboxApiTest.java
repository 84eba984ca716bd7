package com.sendclean.portal.sandbox;

import com.sendclean.portal.support.SandboxServer;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against the sandbox application ({@link SandboxServer}), as {@code java -jar <jar> sandbox} serves it. */
class SandboxApiTest {

    final int port = SandboxServer.port();

    final SandboxAccounts accounts = SandboxServer.accounts();

    String ownerId;
    SandboxClient client;

    @BeforeEach
    void createAccount() {
        ownerId = "owner-" + UUID.randomUUID();
        accounts.createAccount(ownerId, "token-of-" + ownerId);
        client = new SandboxClient(port, ownerId, "token-of-" + ownerId);
    }

    @Test
    void addSmtpCreatesAnEnabledUserWithSendCleanShapedNameAndPassword() throws Exception {
        JsonNode answer = client.success("settings/addSmtp", "total_limit", 500, "hourly_limit", 200);

        assertThat(answer.path("message").asString()).isEqualTo("SMTP User Created");
        String name = answer.path("smtp_user_name").asString();
        String password = answer.path("smtp_password").asString();
        assertThat(name).matches("smtp[0-9]{5,6}");
        assertThat(password).matches("[A-Za-z0-9]{12}");
        assertThat(accounts.findUser(ownerId, name)).hasValueSatisfying(user -> {
            assertThat(user.password()).isEqualTo(password);
            assertThat(user.status()).isEqualTo(SandboxSmtpStatus.ENABLE);
            assertThat(user.totalLimit()).isEqualTo(500);
            assertThat(user.hourlyLimit()).isEqualTo(200);
        });
    }

    @Test
    void listSmtpReturnsTheAccountsUsersOrderedByName() throws Exception {
        for (int i = 0; i < 5; i++) {
            client.success("settings/addSmtp", "total_limit", 1000, "hourly_limit", 600);
        }

        HttpResponse<String> response = client.call("settings/listSmtp");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode list = client.json(response).path("smtp_list");
        assertThat(list.size()).isEqualTo(5);
        JsonNode first = list.get(0);
        assertThat(first.propertyNames()).containsExactly("smtp_user_name", "password", "status", "total_limit", "hourly_limit");
        assertThat(first.path("status").asString()).isEqualTo("Enable");
        assertThat(first.path("total_limit").isInt()).isTrue();
        assertThat(first.path("total_limit").asInt()).isEqualTo(1000);
        assertThat(first.path("hourly_limit").asInt()).isEqualTo(600);
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).path("smtp_user_name").asString()).isGreaterThan(list.get(i - 1).path("smtp_user_name").asString());
        }
    }

    @Test
    void listSmtpOfAnEmptyAccountIsAnEmptyList() throws Exception {
        JsonNode answer = client.success("settings/listSmtp");
        assertThat(answer.path("smtp_list").isArray()).isTrue();
        assertThat(answer.path("smtp_list").size()).isZero();
    }

    @Test
    void accountsDoNotSeeEachOthersUsers() throws Exception {
        client.success("settings/addSmtp", "total_limit", 10, "hourly_limit", 5);
        String other = "owner-" + UUID.randomUUID();
        accounts.createAccount(other, "other-token");

        JsonNode answer = new SandboxClient(port, other, "other-token").success("settings/listSmtp");

        assertThat(answer.path("smtp_list").size()).isZero();
    }

    @Test
    void editSmtpChangesOnlyWhatIsSent() throws Exception {
        String name = client.success("settings/addSmtp", "total_limit", 500, "hourly_limit", 200).path("smtp_user_name").asString();

        JsonNode answer = client.success("settings/editSmtp", "smtp_user_name", name, "total_limit", 1000, "hourly_limit", null);

        assertThat(answer.path("message").asString()).isEqualTo("SMTP User Updated");
        assertThat(accounts.findUser(ownerId, name)).hasValueSatisfying(user -> {
            assertThat(user.totalLimit()).isEqualTo(1000);
            assertThat(user.hourlyLimit()).isEqualTo(200);
            assertThat(user.status()).isEqualTo(SandboxSmtpStatus.ENABLE);
        });

        client.success("settings/editSmtp", "smtp_user_name", name, "status", "Disable");

        assertThat(accounts.findUser(ownerId, name)).hasValueSatisfying(user -> {
            assertThat(user.totalLimit()).isEqualTo(1000);
            assertThat(user.hourlyLimit()).isEqualTo(200);
            assertThat(user.status()).isEqualTo(SandboxSmtpStatus.DISABLE);
        });
    }

    @Test
    void resetSmtpPasswordGivesANewPassword() throws Exception {
        JsonNode created = client.success("settings/addSmtp", "total_limit", 500, "hourly_limit", 200);
        String name = created.path("smtp_user_name").asString();

        JsonNode answer = client.success("settings/resetSmtpPassword", "smtp_user_name", name);

        assertThat(answer.path("message").asString()).isEqualTo("password reseted");
        assertThat(answer.path("smtp_user_name").asString()).isEqualTo(name);
        String password = answer.path("smtp_password").asString();
        assertThat(password).matches("[A-Za-z0-9]{12}").isNotEqualTo(created.path("smtp_password").asString());
        assertThat(accounts.findUser(ownerId, name).orElseThrow().password()).isEqualTo(password);
    }

    @Test
    void viewUserDetailCountsTheSmtpUsers() throws Exception {
        client.success("settings/addSmtp", "total_limit", 5, "hourly_limit", 5);
        client.success("settings/addSmtp", "total_limit", 5, "hourly_limit", 5);

        JsonNode answer = client.success("account/viewUserDetail");

        assertThat(answer.path("owner_id").asString()).isEqualTo(ownerId);
        assertThat(answer.path("smtp_user_count").asInt()).isEqualTo(2);
    }

    @Test
    void numericStringsAreAcceptedAsLimits() throws Exception {
        String name = client.success("settings/addSmtp", "total_limit", "750", "hourly_limit", "75").path("smtp_user_name").asString();
        client.success("settings/editSmtp", "smtp_user_name", name, "hourly_limit", "2147483647");

        assertThat(accounts.findUser(ownerId, name)).hasValueSatisfying(user -> {
            assertThat(user.totalLimit()).isEqualTo(750);
            assertThat(user.hourlyLimit()).isEqualTo(Integer.MAX_VALUE);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"settings/listSmtp", "settings/addSmtp", "settings/editSmtp", "settings/resetSmtpPassword",
            "account/viewUserDetail"})
    void aWrongTokenIsAnAuthenticationErrorWithHttp200(String call) throws Exception {
        HttpResponse<String> response = new SandboxClient(port, ownerId, "wrong-token")
                .call(call, "total_limit", 5, "hourly_limit", 5, "smtp_user_name", "smtp12345");

        assertAuthenticationError(response);
    }

    @Test
    void anUnknownOwnerOrMissingCredentialsAreAnAuthenticationError() throws Exception {
        assertAuthenticationError(new SandboxClient(port, "no-such-owner", "token-of-" + ownerId).call("settings/listSmtp"));
        assertAuthenticationError(client.postRaw("settings/listSmtp", "{}"));
        assertAuthenticationError(client.postRaw("settings/listSmtp", "{\"owner_id\":\"" + ownerId + "\"}"));
    }

    @Test
    void aWrongTokenChangesNothing() throws Exception {
        new SandboxClient(port, ownerId, "wrong-token").call("settings/addSmtp", "total_limit", 5, "hourly_limit", 5);
        assertThat(accounts.countUsers(ownerId)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "2147483648", "99999999999999999999999", "", " 5"})
    void invalidLimitsAreValidationErrors(String limit) throws Exception {
        assertValidationError(client.call("settings/addSmtp", "total_limit", limit, "hourly_limit", 10),
                "total_limit must be a positive integer");
        assertValidationError(client.call("settings/addSmtp", "total_limit", 10, "hourly_limit", limit),
                "hourly_limit must be a positive integer");
        String name = client.success("settings/addSmtp", "total_limit", 10, "hourly_limit", 10).path("smtp_user_name").asString();
        assertValidationError(client.call("settings/editSmtp", "smtp_user_name", name, "total_limit", limit),
                "total_limit must be a positive integer");
        assertValidationError(client.call("settings/editSmtp", "smtp_user_name", name, "hourly_limit", limit),
                "hourly_limit must be a positive integer");
        assertThat(accounts.findUser(ownerId, name).orElseThrow().totalLimit()).isEqualTo(10);
    }

    @Test
    void invalidJsonNumbersAreValidationErrors() throws Exception {
        for (Object limit : new Object[] {0, -7, 1.5, 2147483648L, true}) {
            assertValidationError(client.call("settings/addSmtp", "total_limit", limit, "hourly_limit", 10),
                    "total_limit must be a positive integer");
        }
        assertThat(accounts.countUsers(ownerId)).isZero();
    }

    @Test
    void missingLimitsAreValidationErrors() throws Exception {
        assertValidationError(client.call("settings/addSmtp", "hourly_limit", 10), "total_limit is required");
        assertValidationError(client.call("settings/addSmtp", "total_limit", 10), "hourly_limit is required");
        assertValidationError(client.call("settings/addSmtp", "total_limit", null, "hourly_limit", 10), "total_limit is required");
    }

    @Test
    void editSmtpNeedsAUserNameAndSomethingToChange() throws Exception {
        String name = client.success("settings/addSmtp", "total_limit", 10, "hourly_limit", 10).path("smtp_user_name").asString();

        assertValidationError(client.call("settings/editSmtp", "total_limit", 5), "smtp_user_name is required");
        assertValidationError(client.call("settings/editSmtp", "smtp_user_name", name),
                "at least one of total_limit, hourly_limit or status is required");
        assertValidationError(client.call("settings/editSmtp", "smtp_user_name", name, "total_limit", null,
                "hourly_limit", null), "at least one of total_limit, hourly_limit or status is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"enable", "DISABLE", "Enabled", "On", ""})
    void editSmtpRefusesAnUnknownStatus(String status) throws Exception {
        String name = client.success("settings/addSmtp", "total_limit", 10, "hourly_limit", 10).path("smtp_user_name").asString();

        assertValidationError(client.call("settings/editSmtp", "smtp_user_name", name, "status", status),
                "status must be 'Enable' or 'Disable'");
        assertThat(accounts.findUser(ownerId, name).orElseThrow().status()).isEqualTo(SandboxSmtpStatus.ENABLE);
    }

    @Test
    void anUnknownSmtpUserIsAValidationError() throws Exception {
        assertValidationError(client.call("settings/editSmtp", "smtp_user_name", "smtp12345", "total_limit", 5),
                "SMTP user not found");
        assertValidationError(client.call("settings/resetSmtpPassword", "smtp_user_name", "smtp12345"),
                "SMTP user not found");
        assertValidationError(client.call("settings/resetSmtpPassword"), "smtp_user_name is required");
    }

    @Test
    void anotherAccountsUserIsNotFound() throws Exception {
        String name = client.success("settings/addSmtp", "total_limit", 10, "hourly_limit", 10).path("smtp_user_name").asString();
        String other = "owner-" + UUID.randomUUID();
        accounts.createAccount(other, "other-token");

        assertValidationError(new SandboxClient(port, other, "other-token").call("settings/resetSmtpPassword",
                "smtp_user_name", name), "SMTP user not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"owner_id\":", "not json", "[1,2]", "\"text\"", ""})
    void aMalformedBodyIsAValidationError(String body) throws Exception {
        HttpResponse<String> response = client.postRaw("settings/listSmtp", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = client.json(response);
        assertThat(answer.path("status").asString()).isEqualTo("error");
        assertThat(answer.path("type").asString()).isEqualTo("ValidationError");
    }

    @Test
    void noPortalSignInSessionOrCsrfTokenIsNeeded() throws Exception {
        // the client sends no cookie and no CSRF header; the answer opens no session either
        HttpResponse<String> response = client.call("settings/addSmtp", "total_limit", 5, "hourly_limit", 5);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(client.json(response).path("status").asString()).isEqualTo("success");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownCallIsAJsonNotFound() throws Exception {
        HttpResponse<String> response = client.call("settings/deleteEverything");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(client.json(response).path("type").asString()).isEqualTo("ValidationError");
    }

    @Test
    void recreatingAnAccountKeepsItsUsersAndTakesTheNewToken() throws Exception {
        client.success("settings/addSmtp", "total_limit", 5, "hourly_limit", 5);

        accounts.createAccount(ownerId, "new-token");

        assertAuthenticationError(client.call("settings/listSmtp"));
        assertThat(new SandboxClient(port, ownerId, "new-token").success("settings/listSmtp").path("smtp_list").size()).isEqualTo(1);
    }

    private void assertAuthenticationError(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = client.json(response);
        assertThat(answer.path("status").asString()).isEqualTo("error");
        assertThat(answer.path("code").asInt()).isEqualTo(-1);
        assertThat(answer.path("name").asString()).isEqualTo("AuthenticationError");
        assertThat(answer.path("message").asString()).isEqualTo("Token MissMatch");
    }

    private void assertValidationError(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode answer = client.json(response);
        assertThat(answer.path("status").asString()).isEqualTo("error");
        assertThat(answer.path("type").asString()).isEqualTo("ValidationError");
        assertThat(answer.path("message").asString()).isEqualTo(message);
    }
}
