package com.sendclean.portal.bench.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The client half of one lazy Flow grid, as gridConnector.ts keeps it (combo boxes use the same calls and are
 * tracked alike, for their confirmations): the size the server announced, the cached
 * items by index, and whether the first page has been asked for. The driver requests only the first page, as a
 * browser does for a grid that is not scrolled. Not thread-safe: {@link VaadinSessionDriver} guards it.
 */
final class GridConnector {

    private final int node;
    private final TreeMap<Integer, JsonNode> items = new TreeMap<>();
    private int size;
    private boolean requestOutstanding;
    private final List<Integer> confirmations = new ArrayList<>();

    GridConnector(int node) {
        this.node = node;
    }

    int node() {
        return node;
    }

    int size() {
        return size;
    }

    void call(JsInvocation.ConnectorCall call) {
        List<JsonNode> args = call.args();
        switch (call.method()) {
            case "set" -> {
                int start = args.get(0).asInt();
                List<JsonNode> added = new ArrayList<>(args.get(1).values());
                for (int i = 0; i < added.size(); i++) {
                    items.put(start + i, added.get(i));
                }
            }
            case "updateFlatData" -> {
                for (JsonNode updated : args.get(0).values()) {
                    String key = updated.path("key").asString();
                    indexOf(key).ifPresent(index -> items.put(index, updated));
                }
            }
            case "clear" -> {
                int start = args.get(0).asInt();
                int length = args.get(1).asInt();
                items.subMap(start, start + length).clear();
            }
            case "reset" -> {
                items.clear();
                requestOutstanding = false;
            }
            case "updateSize" -> size = args.get(0).asInt();
            // the browser answers every confirm once its pending page requests are resolved
            case "confirm" -> {
                confirmations.add(args.get(0).asInt());
                requestOutstanding = false;
            }
            default -> { } // selection mode, sorters, header renderers and the like change no rows
        }
    }

    /** Confirmations the server waits for, in order; the caller sends {@code confirmUpdate(id)} for each. */
    List<Integer> takeConfirmations() {
        List<Integer> taken = List.copyOf(confirmations);
        confirmations.clear();
        return taken;
    }

    /**
     * Whether the grid would ask for its first page now: it has rows, the first page is not cached and no request
     * is on its way (gridConnector.ts debounces the request, so data arriving in the same message prevents it).
     */
    boolean needsFirstPage(int pageSize) {
        if (size == 0 || requestOutstanding) {
            return false;
        }
        int last = Math.min(size, pageSize) - 1;
        for (int i = 0; i <= last; i++) {
            if (!items.containsKey(i)) {
                return true;
            }
        }
        return false;
    }

    void firstPageRequested() {
        requestOutstanding = true;
    }

    Optional<Integer> indexOf(String key) {
        return items.entrySet().stream().filter(e -> key.equals(e.getValue().path("key").asString()))
                .map(Map.Entry::getKey).findFirst();
    }

    List<GridRow> rows() {
        return items.entrySet().stream().map(e -> new GridRow(e.getKey(), e.getValue().path("key").asString(), e.getValue()))
                .toList();
    }

    /** One cached item: its index, the key Flow's data communicator gave it, and all renderer properties. */
    public record GridRow(int index, String key, JsonNode item) {

        /** A property of the given renderer, e.g. {@code name} of the SMTP user column. */
        String property(LitRendererRegistration renderer, String name) {
            return UidlMessage.text(item.get(renderer.namespace() + name));
        }
    }
}
