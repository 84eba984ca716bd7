package com.sendclean.portal.sandbox;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.sandbox.SandboxFaults.Fault;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs against the sandbox application ({@link SandboxServer}), as {@code java -jar <jar> sandbox} serves it. */
class SandboxFaultsTest {

    final int port = SandboxServer.port();

    final SandboxAccounts accounts = SandboxServer.accounts();

    String ownerId;
    SandboxClient client;

    @BeforeEach
    void createAccount() {
        ownerId = "faults-" + UUID.randomUUID();
        accounts.createAccount(ownerId, "secret-token");
        client = new SandboxClient(port, ownerId, "secret-token");
    }

    @Test
    void withAddedLatencyCallsStillSucceedAndTheLatencyIsStored() throws Exception {
        accounts.setFaults(ownerId, SandboxFaults.latency(50));

        client.success("settings/addSmtp", "total_limit", 5, "hourly_limit", 5);

        assertThat(accounts.faults(ownerId)).isEqualTo(new SandboxFaults(50, Fault.NONE));
        assertThat(client.success("settings/listSmtp").path("smtp_list").size()).isEqualTo(1);
    }

    @Test
    void http500AnswersWithAnHtmlPage() throws Exception {
        accounts.setFaults(ownerId, SandboxFaults.failing(Fault.HTTP_500_HTML));

        HttpResponse<String> response = client.call("settings/listSmtp");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html");
    }

    @Test
    void malformedJsonAnswersWithHttp200AndABodyThatDoesNotParse() throws Exception {
        accounts.setFaults(ownerId, SandboxFaults.failing(Fault.MALFORMED_JSON));

        for (String call : new String[] {"settings/listSmtp", "settings/addSmtp"}) {
            HttpResponse<String> response = client.call(call, "total_limit", 5, "hourly_limit", 5);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("{\"status\":\"success\"");
            assertThatThrownBy(() -> client.json(response)).isInstanceOf(JacksonException.class);
        }
        assertThat(accounts.countUsers(ownerId)).isZero();
    }

    @Test
    void authenticationFailureRefusesTheRightToken() throws Exception {
        accounts.setFaults(ownerId, SandboxFaults.failing(Fault.AUTHENTICATION_FAILURE));

        HttpResponse<String> response = client.call("settings/listSmtp");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = client.json(response);
        assertThat(answer.path("name").asString()).isEqualTo("AuthenticationError");
        assertThat(answer.path("code").asInt()).isEqualTo(-1);
    }

    @Test
    void clearingTheFaultsRestoresNormalAnswers() throws Exception {
        accounts.setFaults(ownerId, new SandboxFaults(10, Fault.HTTP_500_HTML));

        accounts.clearFaults(ownerId);

        assertThat(accounts.faults(ownerId)).isEqualTo(SandboxFaults.none());
        client.success("settings/listSmtp");
    }

    @Test
    void faultsOfOneAccountDoNotTouchAnother() throws Exception {
        accounts.setFaults(ownerId, SandboxFaults.failing(Fault.HTTP_500_HTML));
        String other = "faults-" + UUID.randomUUID();
        accounts.createAccount(other, "other-token");

        new SandboxClient(port, other, "other-token").success("settings/listSmtp");
    }
}
