package com.sendclean.portal.ui;

import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus scrapes /actuator/prometheus with its token; nobody else gets in, and the token opens nothing more. */
@IntegrationTest
@UsesSandbox
@TestPropertySource(properties = {"portal.metrics.scrape-token=" + PrometheusScrapeTest.TOKEN})
class PrometheusScrapeTest {

    static final String TOKEN = "scrape-only-token-for-the-test";

    @LocalServerPort
    int port;

    @Autowired SandboxTenants sandboxTenants;
    @Autowired SmtpUserService smtpUsers;
    @Autowired SignedIn signedIn;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void prometheusWithTheTokenReadsSendCleanCallsCircuitBreakersAndTheClusterConnection() throws Exception {
        var acme = sandboxTenants.create("Metrics", 2);
        signedIn.as(acme.admin().username(), () -> smtpUsers.list(acme.tenant().id(), true));

        HttpResponse<String> response = get("/actuator/prometheus", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("portal_sendclean_calls_total{call=\"listSmtp\",outcome=\"success\"}")
                .contains("resilience4j_circuitbreaker_state{name=\"tenant-" + acme.tenant().id() + "\",state=\"closed\"} 1.0")
                .contains("portal_cluster_notification_connected")
                .contains("portal_cluster_live_update_lag_seconds")
                .doesNotContain(TOKEN);
    }

    @Test
    void withoutTheTokenOrWithAnotherOneTheMetricsStayClosed() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/prometheus", "Bearer not-" + TOKEN).statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/info", "Bearer " + TOKEN).statusCode()).as("the token opens only the metrics")
                .isNotEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
