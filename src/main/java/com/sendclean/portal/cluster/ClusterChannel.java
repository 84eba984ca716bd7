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

    /**
     * The PostgreSQL application name of this instance's listening connection: the channel, then the instance. Counting
     * the sessions whose name starts with {@link #memberPrefix()} counts the running instances of this portal.
     */
    String applicationName() {
        String name = memberPrefix() + instanceId.substring(0, 8);
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    String memberPrefix() {
        return name() + ":";
    }

    /** A plain identifier, safe to write unquoted in LISTEN. */
    String name() {
        String suffix = schema == null || schema.equals("public") ? ""
                : "_" + schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = "portal_events" + suffix;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
