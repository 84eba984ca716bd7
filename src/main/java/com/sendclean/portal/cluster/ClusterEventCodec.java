package com.sendclean.portal.cluster;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link ClusterEvent} as the JSON payload of a NOTIFY, and reads it back. Only classes of the portal that
 * implement {@link ClusterEvent} are ever instantiated from a payload.
 */
final class ClusterEventCodec {

    /** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7_900;
    private static final String PORTAL_PACKAGE = "com.sendclean.portal.";
    private static final Logger log = LoggerFactory.getLogger(ClusterEventCodec.class);

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A received event: who sent it, when (epoch milliseconds on the sender's clock), and the event. */
    record Envelope(String origin, long sentAtMillis, ClusterEvent event) {}

    String write(String origin, long sentAtMillis, ClusterEvent event) {
        var envelope = json.createObjectNode()
                .put("origin", origin)
                .put("sentAt", sentAtMillis)
                .put("type", event.getClass().getName());
        envelope.set("event", json.valueToTree(event));
        return json.writeValueAsString(envelope);
    }

    Optional<Envelope> read(String payload) {
        try {
            JsonNode envelope = json.readTree(payload);
            String type = envelope.path("type").asString("");
            if (!type.startsWith(PORTAL_PACKAGE)) {
                log.warn("Ignored a cluster notification of a type outside the portal: {}", type);
                return Optional.empty();
            }
            Class<?> eventClass = Class.forName(type, false, ClusterEvent.class.getClassLoader());
            if (!ClusterEvent.class.isAssignableFrom(eventClass)) {
                log.warn("Ignored a cluster notification of a type that is not a ClusterEvent: {}", type);
                return Optional.empty();
            }
            ClusterEvent event = (ClusterEvent) json.treeToValue(envelope.path("event"), eventClass);
            return Optional.of(new Envelope(envelope.path("origin").asString(""),
                    envelope.path("sentAt").asLong(0), event));
        } catch (ClassNotFoundException e) {
            // an instance of a newer version during a rolling upgrade: its new events mean nothing here
            log.debug("Ignored a cluster notification of an unknown type");
            return Optional.empty();
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("Ignored a cluster notification that cannot be read ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
