package com.sendclean.portal.sandbox;

import com.sendclean.portal.support.SandboxServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox as its own application: only the sandbox, in its own schema, and nothing else served. */
class SandboxApplicationTest {

    final ConfigurableApplicationContext sandbox = SandboxServer.context();

    @Test
    void holdsTheSandboxAndNoneOfThePortalsBeans() {
        assertThat(sandbox.getBeanNamesForType(SandboxAccounts.class)).hasSize(1);
        assertThat(sandbox.getBeanNamesForType(SandboxController.class)).hasSize(1);
        String[] portalBeans = Arrays.stream(sandbox.getBeanDefinitionNames())
                .map(name -> sandbox.getBeanFactory().getBeanDefinition(name).getBeanClassName())
                .filter(type -> type != null && type.startsWith("com.sendclean.portal.")
                        && !type.startsWith("com.sendclean.portal.sandbox."))
                .toArray(String[]::new);
        assertThat(portalBeans).as("portal beans in the sandbox application").isEmpty();
        assertThat(Arrays.stream(sandbox.getBeanDefinitionNames()).filter(name -> name.toLowerCase().contains("vaadin")))
                .as("Vaadin in the sandbox application").isEmpty();
    }

    @Test
    void keepsItsTablesAndFlywayHistoryInItsOwnSchema() {
        var jdbc = SandboxServer.jdbc();
        assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(SandboxServer.schema());
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.tables
                        where table_schema = :schema and table_name in ('sandbox_account', 'sandbox_smtp_user',
                                                                        'flyway_schema_history')""")
                .param("schema", SandboxServer.schema()).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.tables
                        where table_schema = :schema and table_name like 'user_account%'""")
                .param("schema", SandboxServer.schema()).query(Integer.class).single())
                .as("no portal table in the sandbox's schema").isZero();
    }

    @Test
    void refusesAWrongTokenTheSendCleanWayAndServesNothingOutsideItsApi() throws Exception {
        var client = new SandboxClient(SandboxServer.port(), "nobody", "wrong-token");
        HttpResponse<String> refused = client.call("settings/listSmtp");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("\"name\":\"AuthenticationError\"").contains("Token MissMatch");

        for (String path : new String[] {"/", "/login", "/actuator/health", "/VAADIN/"}) {
            HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + SandboxServer.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as(path).isIn(403, 404);
        }
    }
}
