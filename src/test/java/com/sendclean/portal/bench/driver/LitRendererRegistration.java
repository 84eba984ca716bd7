package com.sendclean.portal.bench.driver;

import java.util.Optional;
import java.util.List;

/**
 * What {@code window.Vaadin.setLitRenderer(component, rendererName, template, returnChannel, functions, namespace,
 * appId)} told the browser: item properties of this renderer are prefixed with {@code namespace}, and calling one of
 * {@code functions} sends {@code [functionName, itemKey, args]} over the return channel.
 */
record LitRendererRegistration(int component, String rendererName, String template, int channelNode, int channel,
                               List<String> functions, String namespace) {

    static final String SET_LIT_RENDERER = "window.Vaadin.setLitRenderer(";

    static Optional<LitRendererRegistration> from(JsInvocation invocation) {
        if (!invocation.expression().contains(SET_LIT_RENDERER)) {
            return Optional.empty();
        }
        // "window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)", bound to the column or grid element
        var channelParam = invocation.param(2);
        var returnChannel = channelParam == null ? null : channelParam.get("@v-return");
        if (returnChannel == null || invocation.param(3) == null) {
            return Optional.empty();
        }
        List<String> functions = invocation.param(3).values().stream().map(tools.jackson.databind.JsonNode::asString).toList();
        return invocation.thisNode().map(component -> new LitRendererRegistration(component,
                invocation.param(0).asString(), invocation.param(1).asString(), returnChannel.get(0).asInt(),
                returnChannel.get(1).asInt(), functions, invocation.param(4).asString()));
    }
}
