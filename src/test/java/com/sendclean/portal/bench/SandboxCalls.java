package com.sendclean.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * SendClean calls straight from the benchmark to the sandbox process ({@code java -jar <jar> sandbox}): the baselines
 * the portal's figures compare with.
 */
final class SandboxCalls {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;

    /** @param apiUrl the sandbox's API base URL, with or without the trailing slash */
    SandboxCalls(String apiUrl) {
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    }

    /** editSmtp of one limit, as the portal sends it for an inline edit; the time it took in ms. */
    double edit(BenchFixtures.SandboxTenant tenant, String smtpUserName, String limit, int value) {
        return call("/settings/editSmtp", "{" + owner(tenant) + ",\"smtp_user_name\":\"" + smtpUserName + "\",\""
                + limit + "\":" + value + "}");
    }

    /** listSmtp of the tenant's whole list, as the portal fetches it into its shared copy; the time in ms. */
    double list(BenchFixtures.SandboxTenant tenant) {
        return call("/settings/listSmtp", "{" + owner(tenant) + "}");
    }

    private static String owner(BenchFixtures.SandboxTenant tenant) {
        return "\"owner_id\":\"" + tenant.ownerId() + "\",\"token\":\"" + tenant.token() + "\"";
    }

    private double call(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = BenchBrowser.millisSince(start);
            if (response.statusCode() != 200 || !response.body().contains("\"success\"")) {
                throw new IllegalStateException("The sandbox refused " + path + ": HTTP " + response.statusCode());
            }
            return ms;
        } catch (IOException e) {
            throw new IllegalStateException("The direct sandbox call " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
