package com.sendclean.portal.bench.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The SMTP users screen ({@code t/{slug}/smtp-users}) driven as a user works with it in a browser: waiting for the
 * list the screen loads in the background, editing a limit inline (the limit button, then typing into the grid
 * editor's integer field and pressing Enter) and switching a user's status. Each action waits for the result the
 * server pushes when SendClean has answered.
 */
public final class SmtpUsersScreenDriver {

    /** The two limits a row's inline editor changes; the label is the editor field's accessible name. */
    public enum Limit {
        TOTAL("Total limit"), HOURLY("Hourly limit");

        private final String label;

        Limit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row as the grid shows it. Limits are formatted as the screen shows them, e.g. {@code 4,321}. */
    public record SmtpUserRow(String key, String name, boolean enabled, String totalLimit, String hourlyLimit,
                              boolean saving) {}

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final VaadinSessionDriver tab;
    private final Duration timeout;

    public SmtpUsersScreenDriver(VaadinSessionDriver tab, Duration timeout) {
        this.tab = tab;
        this.timeout = timeout;
    }

    public SmtpUsersScreenDriver(VaadinSessionDriver tab) {
        this(tab, DEFAULT_TIMEOUT);
    }

    /** Opens the tenant's SMTP users screen; its rows arrive later, pushed, see {@link #awaitFirstRows()}. */
    public void open(String tenantSlug) {
        tab.open("t/" + tenantSlug + "/smtp-users");
    }

    /**
     * Waits until the grid shows its first page (up to 50 rows): the screen loads the list in the background, pushes
     * the size, and the grid then asks for the rows.
     *
     * @return the rows, in grid order
     */
    public List<SmtpUserRow> awaitFirstRows() {
        return tab.await(state -> {
            Optional<GridConnector> grid = grid(state);
            Optional<LitRendererRegistration> names = renderer(state, r -> r.template().contains("smtp-name"));
            if (grid.isEmpty() || names.isEmpty() || grid.get().size() == 0) {
                return Optional.empty();
            }
            List<SmtpUserRow> rows = rows(state);
            return rows.size() >= Math.min(grid.get().size(), 50) ? Optional.of(rows) : Optional.empty();
        }, timeout, "the first rows of the SMTP users grid");
    }

    /**
     * Types a name into "Search by name", as someone looking for one SMTP user does, and waits until the grid holds
     * only rows whose name contains it.
     *
     * @return the row of exactly that name
     */
    public SmtpUserRow search(String userName) {
        StateTree.StateNode field = tab.await(state -> state.tree().byTag("vaadin-text-field").stream()
                .filter(node -> "Search by name".equals(node.label())).findFirst(), timeout, "the search field");
        // the event the field's value travels with depends on its value change mode (LAZY here)
        String event = tab.read(state -> state.tree().syncEvent(field, "value"))
                .orElseThrow(() -> new DriverException("The search field synchronizes no value"));
        JsonNode typed = StringNode.valueOf(userName);
        tab.sendRpc(tab.domEvent(field.id(), event, Map.of("value", typed), Map.of()));
        return tab.await(state -> {
            List<SmtpUserRow> rows = rows(state);
            Optional<GridConnector> grid = grid(state);
            boolean filtered = grid.isPresent() && grid.get().size() == rows.size()
                    && rows.stream().allMatch(row -> row.name().contains(userName));
            return filtered ? rows.stream().filter(row -> row.name().equals(userName)).findFirst() : Optional.empty();
        }, timeout, "the grid to show " + userName);
    }

    /** The rows the grid holds now. */
    public List<SmtpUserRow> rows() {
        return tab.read(SmtpUsersScreenDriver::rows);
    }

    /**
     * Waits until the row of the SMTP user satisfies the condition, woken by each message the server sends or pushes,
     * e.g. a live update of a change made in another session (figure 8).
     *
     * @return when the message that satisfied it was applied, in {@link System#nanoTime()}
     */
    public long awaitRow(String userName, Predicate<SmtpUserRow> condition, Duration timeout) {
        return tab.await(state -> rows(state).stream().filter(r -> r.name().equals(userName) && condition.test(r))
                .findFirst().map(r -> System.nanoTime()), timeout, "the row of " + userName + " to change");
    }

    /**
     * Edits a limit inline as a user does: clicks the row's limit (the LitRenderer function {@code edit}), types the
     * value into the editor's integer field and presses Enter. Then waits for the pushed confirmation.
     *
     * @return the time from sending the committed value to receiving the pushed notification
     * @throws DriverException on timeout, or when the screen shows an error notification instead
     * @throws IllegalArgumentException when the row already shows {@code newValue}: the screen saves nothing then
     */
    public Duration editLimit(String userName, Limit limit, int newValue) {
        SmtpUserRow row = row(userName);
        String current = limit == Limit.TOTAL ? row.totalLimit() : row.hourlyLimit();
        if (format(newValue).equals(current)) {
            // the screen closes the editor without saving, so no confirmation would ever come
            throw new IllegalArgumentException(limit.label() + " of " + userName + " is already " + current);
        }
        LitRendererRegistration renderer = tab.read(state -> renderer(state,
                r -> r.template().contains(limit.label() + " of ") && r.functions().contains("edit")))
                .orElseThrow(() -> new DriverException("No editable " + limit.label() + " column: is the user an operator?"));
        tab.sendRpc(List.of(VaadinSessionDriver.channel(renderer, "edit", row.key(), json().createArrayNode())));

        // the limit editor is a vaadin-text-field since limits are read as typed (issue 14, LimitInput)
        int field = tab.await(state -> state.tree().byTag("vaadin-text-field").stream()
                        .filter(node -> limit.label().equals(node.label())).findFirst().map(StateTree.StateNode::id),
                timeout, "the " + limit.label() + " editor of " + userName);
        String expected = limit.label() + " of " + userName + " is now " + format(newValue) + ".";

        // the field commits the typed value with a change event while handling Enter's keydown, so the
        // browser sends the synchronized properties, then change, then the keydown the view listens for (Flow
        // checks the key of a Key.ENTER listener on the server, so the keydown carries no filter expression)
        JsonNode typed = StringNode.valueOf(Integer.toString(newValue));
        List<ObjectNode> rpcs = new ArrayList<>(tab.domEvent(field, "change",
                Map.of("value", typed, "_inputElementValue", typed), Map.of()));
        rpcs.addAll(tab.domEvent(field, "keydown", Map.of(),
                Map.of("event.key", StringNode.valueOf("Enter"), "event.code", StringNode.valueOf("Enter"))));
        return sendAndAwaitNotice(rpcs, expected, "saving " + expected);
    }

    /**
     * Switches a user's status with the row's status switch (the LitRenderer of the {@code status-switch} checkbox and
     * its function {@code toggle} with {@code [checked]}), then waits for the pushed confirmation.
     *
     * @return the time from sending the change to receiving the pushed notification
     */
    public Duration setEnabled(String userName, boolean enabled) {
        SmtpUserRow row = row(userName);
        LitRendererRegistration renderer = tab.read(state -> renderer(state,
                // the status switch, not the bulk selection's checkbox, which has a toggle function too
                r -> r.functions().contains("toggle") && r.template().contains("status-switch")))
                .orElseThrow(() -> new DriverException("No status switch column: is the user an operator?"));
        ArrayNode args = json().createArrayNode().add(enabled);
        String expected = userName + (enabled ? " is enabled." : " is disabled.");
        return sendAndAwaitNotice(List.of(VaadinSessionDriver.channel(renderer, "toggle", row.key(), args)), expected,
                "switching " + expected);
    }

    private Duration sendAndAwaitNotice(List<ObjectNode> rpcs, String expected, String description) {
        long start = System.nanoTime();
        tab.sendRpc(rpcs);
        VaadinSessionDriver.Notice notice = tab.await(state -> state.notices().stream()
                .filter(n -> n.arrivedNanos() >= start && (n.isError() || n.text().equals(expected)))
                .findFirst(), timeout, description);
        if (notice.isError() || !notice.text().equals(expected)) {
            throw new DriverException("The screen reported an error while " + description + ": " + notice.text());
        }
        return Duration.ofNanos(notice.arrivedNanos() - start);
    }

    private SmtpUserRow row(String userName) {
        return tab.read(state -> rows(state).stream().filter(r -> r.name().equals(userName)).findFirst())
                .orElseThrow(() -> new DriverException("No row for SMTP user " + userName + " among the loaded rows"));
    }

    private static List<SmtpUserRow> rows(VaadinSessionDriver.ClientState state) {
        Optional<GridConnector> grid = grid(state);
        Optional<LitRendererRegistration> name = renderer(state, r -> r.template().contains("smtp-name"));
        if (grid.isEmpty() || name.isEmpty()) {
            return List.of();
        }
        Optional<LitRendererRegistration> status = renderer(state, r -> r.template().contains("item.enabled"));
        Optional<LitRendererRegistration> total = renderer(state, r -> r.template().contains("Total limit of ")
               );
        Optional<LitRendererRegistration> hourly = renderer(state, r -> r.template().contains("Hourly limit of "));
        return grid.get().rows().stream().map(row -> new SmtpUserRow(row.key(), row.property(name.get(), "name"),
                status.map(r -> "true".equals(row.property(r, "enabled"))).orElse(false),
                total.map(r -> row.property(r, "value")).orElse(null),
                hourly.map(r -> row.property(r, "value")).orElse(null),
                "true".equals(row.property(name.get(), "saving")))).toList();
    }

    private static Optional<GridConnector> grid(VaadinSessionDriver.ClientState state) {
        return state.tree().byTag("vaadin-grid").stream().filter(node -> {
                    String classes = node.list(StateTree.CLASS_LIST).toString();
                    return classes.contains("smtp-grid");
                }).findFirst().map(node -> state.grids().get(node.id()));
    }

    /** The latest registration matching, as a re-attached column registers its renderer again. */
    private static Optional<LitRendererRegistration> renderer(VaadinSessionDriver.ClientState state,
                                                             Predicate<LitRendererRegistration> predicate) {
        List<LitRendererRegistration> all = state.renderers();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (predicate.test(all.get(i))) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    private static String format(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static tools.jackson.databind.ObjectMapper json() {
        return UidlMessage.JSON;
    }
}
