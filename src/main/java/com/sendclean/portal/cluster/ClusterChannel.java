package com.sendclean.portal.cluster;

import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This instance's name on the bus and the PostgreSQL channel all instances of one portal share. NOTIFY reaches every
 * session of the database whatever its schema, so the channel carries the schema: portals (or test contexts) in
 * different schemas of one database never hear each other.
 */
@Component
class ClusterChannel {

    private final String instanceId = UUID.randomUUID().toString();
    private final String schema;

    ClusterChannel(JdbcTemplate jdbc) {
        this.schema = jdbc.queryForObject("select current_schema()", String.class);
    }

    String instanceId() {
        return instanceId;
    }

    String schema() {
        return schema;
    }

    /** A plain identifier, safe to write unquoted in LISTEN. */
    String name() {
        String suffix = schema == null || schema.equals("public") ? ""
                : "_" + schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = "portal_events" + suffix;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
