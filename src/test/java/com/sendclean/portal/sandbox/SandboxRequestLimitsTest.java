package com.sendclean.portal.sandbox;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.sandbox.SandboxFaults.Fault;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an unauthenticated caller can make the sandbox do: read a bounded body, and never wait. */
class SandboxRequestLimitsTest {

    final int port = SandboxServer.port();

    final SandboxAccounts accounts = SandboxServer.accounts();

    String ownerId;

    @BeforeEach
    void createAccount() {
        ownerId = "limits-" + UUID.randomUUID();
        accounts.createAccount(ownerId, "secret-token");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithHttp413AndChangesNothing() throws Exception {
        String padding = "x".repeat(SandboxController.MAX_BODY_BYTES);
        String body = "{\"owner_id\":\"" + ownerId + "\",\"token\":\"secret-token\",\"total_limit\":5,"
                + "\"hourly_limit\":5,\"padding\":\"" + padding + "\"}";

        HttpResponse<String> response = new SandboxClient(port, ownerId, "secret-token").postRaw("settings/addSmtp", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"type\":\"ValidationError\"")
                .contains("the request body is larger than " + SandboxController.MAX_BODY_BYTES + " bytes");
        assertThat(accounts.countUsers(ownerId)).isZero();
    }

    @Test
    void aBodyUnderTheLimitIsServed() throws Exception {
        var client = new SandboxClient(port, ownerId, "secret-token");
        client.success("settings/addSmtp", "total_limit", 5, "hourly_limit", 5,
                "padding", "x".repeat(SandboxController.MAX_BODY_BYTES / 2));
        assertThat(accounts.countUsers(ownerId)).isEqualTo(1);
    }

    @Test
    void aWrongTokenIsRefusedBeforeAnyInjectedLatencyOrFault() throws Exception {
        // a minute of latency and an HTML 500: a caller without the token must get neither, or anyone knowing an
        // owner id could tie up the sandbox's threads
        accounts.setFaults(ownerId, new SandboxFaults(60_000, Fault.HTTP_500_HTML));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/v1.0/settings/listSmtp"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"owner_id\":\"" + ownerId + "\",\"token\":\"wrong-token\"}"))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"AuthenticationError\"");
    }
}
