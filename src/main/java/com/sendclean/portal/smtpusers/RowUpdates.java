package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import com.vaadin.flow.component.grid.Grid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Sends changed rows of the SMTP users grid to the browser once per response, each in its latest version.
 * <p>
 * Flow's data communicator collects refreshed items in a set of item versions. When one user was refreshed twice
 * before a response went out (shown as saving, then as saved because SendClean answered that fast), both versions
 * were sent in the set's order, and the browser could keep the older one: a saved limit showed its old value next to
 * the confirmation. Collecting the rows here and refreshing each once, just before the response, sends only the
 * latest.
 */
final class RowUpdates {

    private final Grid<SmtpUser> grid;
    private final UnaryOperator<SmtpUser> latest;
    private final Map<String, SmtpUser> pending = new LinkedHashMap<>();

    /**
     * @param latest the version of a user to show, looked up when the response is written
     */
    RowUpdates(Grid<SmtpUser> grid, UnaryOperator<SmtpUser> latest) {
        this.grid = grid;
        this.latest = latest;
        // a detached grid skips the pending flush; rows wait for no response then, and the next send asks again
        grid.addDetachListener(event -> pending.clear());
    }

    /** Sends the user's row with the next response. */
    void send(SmtpUser user) {
        if (pending.isEmpty()) {
            grid.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(grid, context -> flush()));
        }
        pending.put(user.name(), user);
    }

    private void flush() {
        List<SmtpUser> rows = List.copyOf(pending.values());
        pending.clear();
        rows.forEach(row -> grid.getDataProvider().refreshItem(latest.apply(row)));
    }
}
