package com.sendclean.portal.support;

import com.microsoft.playwright.Page;

/** What a browser test can ask Vaadin's client in the page: whether it still waits for, or applies, a server answer. */
public final class VaadinClient {

    /** A JavaScript expression, true when no Vaadin client of the page has a request under way or an answer to apply. */
    public static final String IDLE = """
            !(window.Vaadin && Object.values(window.Vaadin.Flow && window.Vaadin.Flow.clients || {})
                .some(client => client.isActive && client.isActive()))""";

    private VaadinClient() {}

    /** Waits until the client has sent what the user did and applied every answer the server gave so far. */
    public static void awaitIdle(Page page) {
        page.waitForFunction("() => " + IDLE);
    }
}
