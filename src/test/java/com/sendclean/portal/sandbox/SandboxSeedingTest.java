package com.sendclean.portal.sandbox;

import com.sendclean.portal.support.SandboxServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs against the sandbox application ({@link SandboxServer}), as {@code java -jar <jar> sandbox} serves it. */
class SandboxSeedingTest {

    final int port = SandboxServer.port();

    final SandboxAccounts accounts = SandboxServer.accounts();

    final JdbcClient jdbc = SandboxServer.jdbc();

    @Test
    void seedingTenThousandUsersListsTenThousandUniqueEntries() throws Exception {
        String ownerId = "seeded-" + UUID.randomUUID();
        accounts.createAccount(ownerId, "seed-token");

        assertThat(accounts.seed(ownerId, 10_000)).isEqualTo(10_000);

        JsonNode list = new SandboxClient(port, ownerId, "seed-token").success("settings/listSmtp").path("smtp_list");
        assertThat(list.size()).isEqualTo(10_000);
        Set<String> names = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        Set<Integer> totals = new HashSet<>();
        for (JsonNode user : list) {
            names.add(user.path("smtp_user_name").asString());
            statuses.add(user.path("status").asString());
            totals.add(user.path("total_limit").asInt());
            assertThat(user.path("smtp_user_name").asString()).matches("smtp[0-9]{5,6}");
            assertThat(user.path("password").asString()).matches("[A-Za-z0-9]{12}");
            assertThat(user.path("hourly_limit").asInt()).isPositive();
        }
        assertThat(names).hasSize(10_000);
        assertThat(statuses).containsExactlyInAnyOrder("Enable", "Disable");
        assertThat(totals.size()).isGreaterThan(3);
    }

    @Test
    void seedingAddsToExistingUsersWithoutNameClashes() throws Exception {
        String ownerId = "seeded-" + UUID.randomUUID();
        accounts.createAccount(ownerId, "seed-token");
        SandboxClient client = new SandboxClient(port, ownerId, "seed-token");
        String created = client.success("settings/addSmtp", "total_limit", 5, "hourly_limit", 5).path("smtp_user_name").asString();

        accounts.seed(ownerId, 2_000);
        accounts.seed(ownerId, 2_000);

        assertThat(accounts.countUsers(ownerId)).isEqualTo(4_001);
        assertThat(accounts.findUser(ownerId, created).orElseThrow().totalLimit()).isEqualTo(5);
    }

    @Test
    void seedingNeedsAnAccount() {
        assertThatThrownBy(() -> accounts.seed("nobody-" + UUID.randomUUID(), 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataLivesInPostgresqlAndIsReadBackByANewRead() throws Exception {
        String ownerId = "stored-" + UUID.randomUUID();
        accounts.createAccount(ownerId, "stored-token");
        accounts.setFaults(ownerId, SandboxFaults.latency(25));
        String name = new SandboxClient(port, ownerId, "stored-token")
                .success("settings/addSmtp", "total_limit", 321, "hourly_limit", 12).path("smtp_user_name").asString();

        // straight from the tables, not from anything the sandbox holds in memory
        List<String> rows = jdbc.sql("select smtp_user_name || ':' || total_limit || ':' || hourly_limit || ':' || status "
                        + "from sandbox_smtp_user where owner_id = :ownerId")
                .param("ownerId", ownerId).query(String.class).list();
        assertThat(rows).containsExactly(name + ":321:12:Enable");
        assertThat(jdbc.sql("select latency_millis from sandbox_account where owner_id = :ownerId")
                .param("ownerId", ownerId).query(Integer.class).single()).isEqualTo(25);
        assertThat(accounts.findUser(ownerId, name)).isPresent();
        assertThat(accounts.listUsers(ownerId)).extracting(SandboxSmtpUser::smtpUserName).containsExactly(name);
    }

    @Test
    void passwordsStayOutOfToString() {
        SandboxSmtpUser user = new SandboxSmtpUser("o", "smtp12345", "Secret123456", SandboxSmtpStatus.ENABLE, 1, 1);
        assertThat(user.toString()).doesNotContain("Secret123456");
        assertThat(new SandboxAccount("o", "the-token", SandboxFaults.none()).toString()).doesNotContain("the-token");
    }
}
