package com.sendclean.portal.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the sandbox as a SendClean client does: a POST of a JSON object with owner id and token, without cookies,
 * a portal session or a CSRF token.
 */
final class SandboxClient {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String ownerId;
    private final String token;

    SandboxClient(int port, String ownerId, String token) {
        this.port = port;
        this.ownerId = ownerId;
        this.token = token;
    }

    /** Posts the call's parameters beside this client's owner id and token. */
    HttpResponse<String> call(String call, Object... keysAndValues) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner_id", ownerId);
        body.put("token", token);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return postRaw(call, json.writeValueAsString(body));
    }

    HttpResponse<String> postRaw(String call, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sandbox/v1.0/" + call))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** Calls and returns the answer's JSON, after checking SendClean's success shape. */
    JsonNode success(String call, Object... keysAndValues) throws Exception {
        HttpResponse<String> response = call(call, keysAndValues);
        JsonNode answer = json(response);
        if (response.statusCode() != 200 || !"success".equals(answer.path("status").asString())) {
            throw new AssertionError("expected success from " + call + " but got " + response.statusCode() + " " + response.body());
        }
        return answer;
    }
}
