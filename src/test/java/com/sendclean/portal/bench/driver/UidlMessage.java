package com.sendclean.portal.bench.driver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One server-to-client UIDL message, as the init response, an XHR response or a pushed message carries it. Only the
 * parts the driver needs are exposed; the raw JSON stays available for anything else.
 */
record UidlMessage(JsonNode json) {

    /** Jackson's mappers are thread-safe once built; one per JVM is the usual practice and holds no state we change. */
    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Flow sends {@code syncId} on every UI message; -1 means the message is not part of the ordered stream. */
    int syncId() {
        JsonNode id = json.get("syncId");
        return id == null || !id.isNumber() ? -1 : id.intValue();
    }

    boolean resynchronize() {
        return json.path("resynchronize").asBoolean(false);
    }

    boolean sessionExpired() {
        return json.path("meta").path("sessionExpired").asBoolean(false);
    }

    ArrayNode changes() {
        JsonNode changes = json.get("changes");
        return changes instanceof ArrayNode array ? array : JSON.createArrayNode();
    }

    ArrayNode execute() {
        JsonNode execute = json.get("execute");
        return execute instanceof ArrayNode array ? array : JSON.createArrayNode();
    }

    ObjectNode constants() {
        JsonNode constants = json.get("constants");
        return constants instanceof ObjectNode object ? object : JSON.createObjectNode();
    }

    /**
     * Parses a UIDL response body. Older Flow versions wrapped it as {@code for(;;);[{...}]} against JSON hijacking;
     * Flow 25 sends the bare object, but both are accepted so the driver keeps working across versions.
     */
    static UidlMessage parse(String body) {
        String text = body.strip();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode node = JSON.readTree(text);
        if (node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        return new UidlMessage(node);
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.toString();
    }
}
