package com.sendclean.portal.security;

import com.sendclean.portal.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login CSRF: a page on another site that makes the visitor's browser post a user name and password to /login must
 * not sign that browser in (to the attacker's account, which would then record what the victim does).
 */
@IntegrationTest
class LoginCsrfTest {

    @LocalServerPort int port;

    @Test
    void aBareFormPostWithAValidNameAndPasswordSignsNobodyIn() throws Exception {
        // a browser that has visited the portal before: it holds a session cookie, as a victim's would
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.discarding());

        String form = "username=admin&password=" + URLEncoder.encode(IntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://attacker.example")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(posted.headers().firstValue("Location").orElse(""))
                .as("no redirect into the portal as after a sign-in").doesNotEndWith(":" + port + "/");
        // /actuator/info answers only a signed-in platform administrator
        HttpResponse<String> afterwards = browser.send(HttpRequest.newBuilder(url("/actuator/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterwards.statusCode()).as("the browser is not signed in as admin").isNotEqualTo(200);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
