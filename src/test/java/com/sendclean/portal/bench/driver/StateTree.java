package com.sendclean.portal.bench.driver;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal copy of Flow's client-side state tree, fed by the {@code changes} of each UIDL message: node id to tag,
 * properties, attributes, children and event listeners. Enough to find components by tag and label and to know
 * which event data the server expects; nothing is rendered. Not thread-safe: {@link VaadinSessionDriver} guards it.
 */
final class StateTree {

    // Flow's NodeFeatureRegistry ids (flow-server 25.2), checked against the running server's init response
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int CLASS_LIST = 11;
    static final int VIRTUAL_CHILDREN = 24;

    private final Map<Integer, StateNode> nodes = new HashMap<>();
    /** Event-data descriptions are sent once as constants and referenced by hash from the listener map. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    StateTree() {
        nodes.put(1, new StateNode(1));
    }

    void apply(UidlMessage message) {
        ObjectNode newConstants = message.constants();
        for (Map.Entry<String, JsonNode> constant : newConstants.properties()) {
            constants.put(constant.getKey(), constant.getValue());
        }
        for (JsonNode change : message.changes()) {
            applyChange(change);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asString();
        if ("detach".equals(type)) {
            nodes.remove(id);
            return;
        }
        StateNode node = nodes.computeIfAbsent(id, StateNode::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "attach", "empty" -> { }
            case "put" -> {
                String key = change.path("key").asString();
                if (change.has("nodeValue")) {
                    node.map(feature).put(key, new NodeRef(change.get("nodeValue").asInt()));
                } else {
                    node.map(feature).put(key, change.get("value"));
                }
            }
            case "remove" -> node.map(feature).remove(change.path("key").asString());
            case "clear" -> {
                node.map(feature).clear();
                node.list(feature).clear();
            }
            case "splice" -> {
                List<Object> list = node.list(feature);
                int index = change.path("index").asInt();
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                List<Object> added = new ArrayList<>();
                if (change.has("addNodes")) {
                    change.get("addNodes").values().forEach(n -> added.add(new NodeRef(n.asInt())));
                }
                if (change.has("add")) {
                    change.get("add").values().forEach(added::add);
                }
                list.addAll(Math.min(index, list.size()), added);
            }
            default -> throw new DriverException("Unknown state tree change type " + type + " in " + change);
        }
    }

    Optional<StateNode> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    Collection<StateNode> nodes() {
        return nodes.values();
    }

    List<StateNode> find(Predicate<StateNode> predicate) {
        return nodes.values().stream().filter(predicate).sorted(Comparator.comparingInt(StateNode::id)).toList();
    }

    List<StateNode> byTag(String tag) {
        return find(node -> tag.equals(node.tag()));
    }

    /** The DOM event whose listener synchronizes the property (its data holds the {@code "}name"} expression). */
    Optional<String> syncEvent(StateNode node, String property) {
        return node.map(LISTENERS).keySet().stream()
                .filter(event -> listenerExpressions(node, event).containsKey("}" + property)).findFirst();
    }

    /** The event data expressions (and filters) the server registered for {@code event} on the node. */
    Map<String, JsonNode> listenerExpressions(StateNode node, String event) {
        Object hash = node.map(LISTENERS).get(event);
        if (!(hash instanceof JsonNode key) || !constants.containsKey(key.asString())) {
            return Map.of();
        }
        Map<String, JsonNode> expressions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : constants.get(key.asString()).properties()) {
            expressions.put(entry.getKey(), entry.getValue());
        }
        return expressions;
    }

    /** Refers to another node from a map value or a children list. */
    record NodeRef(int id) {}

    /** One element, text node or feature holder of the tree. */
    static final class StateNode {

        private final int id;
        private final Map<Integer, Map<String, Object>> maps = new HashMap<>();
        private final Map<Integer, List<Object>> lists = new HashMap<>();

        StateNode(int id) {
            this.id = id;
        }

        int id() {
            return id;
        }

        Map<String, Object> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new LinkedHashMap<>());
        }

        List<Object> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        String tag() {
            return string(map(ELEMENT_DATA).get("tag"));
        }

        String property(String name) {
            return string(map(PROPERTIES).get(name));
        }

        JsonNode propertyJson(String name) {
            return map(PROPERTIES).get(name) instanceof JsonNode json ? json : null;
        }

        String attribute(String name) {
            return string(map(ATTRIBUTES).get(name));
        }

        /** The accessible name, whichever way the component set it: {@code aria-label} or {@code accessibleName}. */
        String label() {
            String attribute = attribute("aria-label");
            return attribute != null ? attribute : property("accessibleName");
        }

        private static String string(Object value) {
            if (value instanceof NodeRef ref) {
                return "node:" + ref.id();
            }
            return value instanceof JsonNode json ? UidlMessage.text(json) : null;
        }

        @Override
        public String toString() {
            return "StateNode[" + id + " " + tag() + "]";
        }
    }
}
