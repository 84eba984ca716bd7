package com.sendclean.portal.cluster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many portal instances are running on this database and schema right now: each holds one listening connection
 * named after the portal's channel, so PostgreSQL's own session list is the register, and an instance that died
 * leaves it with its connection. No table, no heartbeat to go stale.
 */
@Component
public class ClusterMembers {

    private final JdbcTemplate jdbc;
    private final ClusterChannel channel;

    ClusterMembers(JdbcTemplate jdbc, ClusterChannel channel) {
        this.jdbc = jdbc;
        this.channel = channel;
    }

    /** Running instances, this one included once its listener is connected. */
    public int runningInstances() {
        String prefix = channel.memberPrefix();
        Integer count = jdbc.queryForObject("select count(*) from pg_stat_activity where left(application_name, ?) = ?",
                Integer.class, prefix.length(), prefix);
        return count == null ? 0 : count;
    }
}
