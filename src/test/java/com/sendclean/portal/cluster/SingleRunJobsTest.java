package com.sendclean.portal.cluster;

import javax.sql.DataSource;
import com.sendclean.portal.support.PortalInstances;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances starting together on an empty database, as after a first deployment: both start, and the work
 * meant to happen once (the bootstrap administrator, the demo data) happened once.
 */
class SingleRunJobsTest {

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseCreateTheAdministratorAndTheDemoDataOnce() {
        // demo data exists only in the local profile, which also switches the sandbox on
        try (var cluster = PortalInstances.start(2, Map.of(PortalInstances.PROFILES, "local"))) {
            var jdbc = JdbcClient.create(cluster.instance(0).getBean(DataSource.class));
            assertThat(jdbc.sql("select username from user_account order by username").query(String.class).list())
                    .containsExactly("admin", "alice", "rita", "victor");
            assertThat(jdbc.sql("select slug from tenant order by slug").query(String.class).list())
                    .containsExactly("acme", "globex", "initech");
            assertThat(jdbc.sql("select count(*) from sendclean_credentials").query(Integer.class).single())
                    .isEqualTo(3);
        }
    }
}
