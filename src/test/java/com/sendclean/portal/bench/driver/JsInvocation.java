package com.sendclean.portal.bench.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a UIDL message's {@code execute} array: parameters {@code $0..$n} followed by the expression. Flow
 * runs element-bound scripts as {@code (async function() {...}).apply($k)}, with the element as the last parameter
 * ({@code {"@v-node": id}}); return channels arrive as {@code {"@v-return": [node, channel]}}.
 */
record JsInvocation(List<JsonNode> params, String expression) {

    private static final Pattern APPLY = Pattern.compile("\\}\\)\\.apply\\(\\$(\\d+)\\)\\s*$");
    private static final Pattern CONNECTOR_CALL =
            Pattern.compile("(this|\\$\\d+)\\.\\$connector\\.(\\w+)\\(([^()]*)\\)");
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+)");

    static JsInvocation of(JsonNode invocation) {
        List<JsonNode> params = new ArrayList<>();
        for (int i = 0; i < invocation.size() - 1; i++) {
            params.add(invocation.get(i));
        }
        return new JsInvocation(params, invocation.get(invocation.size() - 1).asString());
    }

    /** The element {@code this} stands for, when the script is bound to one. */
    Optional<Integer> thisNode() {
        Matcher apply = APPLY.matcher(expression);
        if (apply.find()) {
            return nodeId(param(Integer.parseInt(apply.group(1))));
        }
        return Optional.empty();
    }

    JsonNode param(int index) {
        return index < params.size() ? params.get(index) : null;
    }

    /** Every {@code $connector.name(args)} call in the script, with its arguments resolved to parameters. */
    List<ConnectorCall> connectorCalls() {
        List<ConnectorCall> calls = new ArrayList<>();
        Matcher call = CONNECTOR_CALL.matcher(expression);
        while (call.find()) {
            Optional<Integer> target = "this".equals(call.group(1)) ? thisNode()
                    : nodeId(param(Integer.parseInt(call.group(1).substring(1))));
            List<JsonNode> args = new ArrayList<>();
            Matcher arg = PARAM.matcher(call.group(3));
            while (arg.find()) {
                args.add(param(Integer.parseInt(arg.group(1))));
            }
            target.ifPresent(node -> calls.add(new ConnectorCall(node, call.group(2), args)));
        }
        return calls;
    }

    static Optional<Integer> nodeId(JsonNode value) {
        if (value != null && value.isObject() && value.has("@v-node")) {
            return Optional.of(value.get("@v-node").asInt());
        }
        return Optional.empty();
    }

    /** A call of the Flow grid connector's client-side API, e.g. {@code set(startIndex, items)}. */
    record ConnectorCall(int node, String method, List<JsonNode> args) {}
}
