package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.LimitInput;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.sendclean.portal.ui.NarrowWidth;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The SMTP users of one tenant in a lazy grid over the shared copy. Rows are always rendered from the current copy
 * (see {@link #currentVersion}), a row being saved is marked, and a row another session changed is briefly
 * highlighted. The grid keeps Grid's own selection model, so actions on several rows can use it.
 */
class SmtpUserGrid extends Grid<SmtpUser> {

    private Set<String> changedOutside = Set.of();
    private Consumer<SmtpUser> history;
    private Column<SmtpUser> historyColumn;
    private static final int NARROW_WIDTH = NarrowWidth.BREAKPOINT;

    /** What a row's buttons ask the screen to do. */
    interface RowActions {
        void reveal(SmtpUser user);

        void confirmReset(SmtpUser user);

        void setEnabled(SmtpUser user, boolean enabled);

        void edit(SmtpUser user, LimitKind kind);
    }

    private final Set<String> saving = new HashSet<>();
    private final Set<String> changed = new HashSet<>();
    private final Supplier<String> filter;
    private SmtpUserSnapshot snapshot;
    private boolean canEdit;
    private Column<SmtpUser> passwordColumn;
    private Column<SmtpUser> actionsColumn;
    private Column<SmtpUser> moreColumn;

    SmtpUserGrid(Supplier<String> filter) {
        this.filter = filter;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        addClassName("smtp-grid");
        setPartNameGenerator(user -> saving.contains(user.name()) ? "saving"
                : changed.contains(user.name()) ? "changed" : null);
        setDetailsVisibleOnClick(false);
        setItems(new CallbackDataProvider<SmtpUser, Void>(
                query -> rows(query.getSortOrders()).skip(query.getOffset()).limit(query.getLimit()),
                query -> snapshot == null ? 0 : snapshot.count(filter.get()),
                // a name SendClean lists twice is two rows, each with the same key when the same answer is listed again
                SmtpUser::rowKey));
    }

    /** Builds the columns for what the signed-in user may do in the tenant; called on every navigation. */
    void configure(String tenantName, boolean canEdit, LimitEditor editor, RowActions screenActions) {
        this.canEdit = canEdit;
        RowActions actions = new DuplicateNameGuard(screenActions, this::snapshot);
        removeAllColumns();
        setItemDetailsRenderer(null);
        setAriaLabel("SMTP users of " + tenantName);

        addColumn(LitRenderer.<SmtpUser>of("<span class=\"smtp-name\">${item.name}</span>"
                        + "${item.saving ? html`<span class=\"saving-note\" role=\"status\"> Saving…</span>` : ''}"
                        + "${item.outside ? html` <span class=\"changed-outside\">Changed outside the portal</span>` : ''}"
                        + "${item.duplicate ? html` <span class=\"duplicate-name\">Listed more than once: "
                        + "cannot be changed here</span>` : ''}")
                        .withProperty("name", SmtpUser::name)
                        .withProperty("duplicate", this::duplicated)
                        .withProperty("outside", user -> changedOutside.contains(user.name()))
                        .withProperty("saving", user -> saving.contains(user.name())))
                .setHeader("SMTP user").setKey("name").setSortProperty("name").setFlexGrow(2).setAutoWidth(true);

        passwordColumn = addColumn(passwordRenderer(actions)).setHeader("Password").setKey("password").setAutoWidth(true);
        addColumn(statusRenderer(actions)).setHeader("Status").setKey("status").setSortProperty("status").setAutoWidth(true);
        for (LimitKind kind : LimitKind.values()) {
            addColumn(limitRenderer(kind, actions)).setHeader(kind.label()).setKey(kind.key())
                    .setSortProperty(kind.key()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setEditorComponent(editor.component(kind));
        }
        historyColumn = history == null ? null : addColumn(LitRenderer.<SmtpUser>of(
                                "<vaadin-button theme=\"tertiary\" aria-label=\"History of ${item.name}\" "
                                        + "@click=\"${open}\">History</vaadin-button>")
                        .withProperty("name", SmtpUser::name)
                        .withFunction("open", history::accept))
                .setHeader("History").setKey("history").setAutoWidth(true);
        actionsColumn = null;
        moreColumn = null;
        if (canEdit) {
            actionsColumn = addColumn(LitRenderer.<SmtpUser>of(
                                    "<vaadin-button theme=\"tertiary\" aria-label=\"Reset password of ${item.name}\" "
                                            + "?disabled=\"${item.duplicate}\" @click=\"${reset}\">Reset password</vaadin-button>")
                            .withProperty("name", SmtpUser::name)
                            .withProperty("duplicate", this::duplicated)
                            .withFunction("reset", actions::confirmReset))
                    .setHeader("Actions").setKey("actions").setAutoWidth(true);
            moreColumn = addColumn(LitRenderer.<SmtpUser>of(
                                    "<vaadin-button theme=\"tertiary\" aria-label=\"More about ${item.name}\" "
                                            + "@click=\"${toggle}\">More</vaadin-button>")
                            .withProperty("name", SmtpUser::name)
                            .withFunction("toggle", user -> setDetailsVisible(user, !isDetailsVisible(user))))
                    .setHeader("Details").setKey("more").setAutoWidth(true);
            moreColumn.setVisible(false);
            setItemDetailsRenderer(LitRenderer.<SmtpUser>of(
                            "<div class=\"smtp-details\"><span>Password: <span aria-hidden=\"true\">••••••••</span></span> "
                                    + "<vaadin-button theme=\"tertiary\" aria-label=\"Reveal password of ${item.name}\" "
                                    + "?disabled=\"${item.duplicate}\" @click=\"${reveal}\">Reveal</vaadin-button> "
                                    + "<vaadin-button theme=\"tertiary\" aria-label=\"Reset password of ${item.name}\" "
                                    + "?disabled=\"${item.duplicate}\" @click=\"${reset}\">Reset password</vaadin-button>"
                                    + (history == null ? "" : "<vaadin-button theme=\"tertiary\" "
                                            + "aria-label=\"History of ${item.name}\" @click=\"${open}\">History</vaadin-button>")
                                    + "</div>")
                    .withProperty("name", SmtpUser::name)
                    .withProperty("duplicate", this::duplicated)
                    .withFunction("reveal", actions::reveal)
                    .withFunction("reset", actions::confirmReset)
                    .withFunction("open", user -> {
                        if (history != null) {
                            history.accept(user);
                        }
                    }));
        }
        sort(GridSortOrder.asc(getColumnByKey("name")).build());
    }

    /** Forgets everything shown for the previous tenant. */
    void clear() {
        snapshot = null;
        saving.clear();
        changed.clear();
        getDataProvider().refreshAll();
    }

    void show(SmtpUserSnapshot loaded) {
        snapshot = loaded;
        changed.clear();
        getDataProvider().refreshAll();
    }

    /** Uses a newer copy for rows rendered from now on, without sending any row again. */
    void keep(SmtpUserSnapshot current) {
        snapshot = current;
    }

    SmtpUserSnapshot snapshot() {
        return snapshot;
    }

    /** Sends one row again from the current copy, without refetching the page. */
    void showRow(SmtpUserSnapshot current, String name) {
        snapshot = current;
        refreshRow(name);
    }

    boolean isSaving(String name) {
        return saving.contains(name);
    }

    /** Whether the user is in the middle of something a new copy must not disturb: a save, a selection. */
    boolean isBusy() {
        return !saving.isEmpty() || !getSelectedItems().isEmpty();
    }

    void markSaving(String name, boolean on) {
        if (on) {
            saving.add(name);
        } else {
            saving.remove(name);
        }
        refreshRow(name);
    }

    void markChanged(String name, boolean on) {
        if (on) {
            changed.add(name);
        } else {
            changed.remove(name);
        }
        refreshRow(name);
    }

    private void refreshRow(String name) {
        SmtpUser edited = getEditor().getItem();
        if (edited != null && edited.name().equals(name)) {
            // refreshing the edited row closes its editor under the user's cursor; closing the editor refreshes it
            return;
        }
        if (snapshot != null) {
            // through the data communicator, not the data provider: any data provider event closes the grid's editor
            // (Grid.onDataProviderChange), which would close another row's editor under the user's cursor
            snapshot.find(name).ifPresent(user -> getDataCommunicator().refresh(user));
        }
    }

    /**
     * The user as the current copy holds it. Rows are rendered from this rather than from the item a row was refreshed
     * with: Flow's data communicator keeps refreshed items in a set of item versions, and when one user is refreshed in
     * two versions before a response goes out (the editor closing on the old one, then the saved one, when SendClean
     * answers before the click's own response), it sends both in the set's order, so the old value could stay on screen.
     */
    SmtpUser currentVersion(SmtpUser user) {
        return snapshot == null ? user : snapshot.row(user.rowKey()).orElse(user);
    }

    void applyWidth(int width) {
        boolean narrow = width < NARROW_WIDTH;
        if (passwordColumn != null) {
            passwordColumn.setVisible(!narrow || !canEdit);
        }
        if (actionsColumn != null) {
            actionsColumn.setVisible(!narrow);
        }
        if (historyColumn != null) {
            // editors find History in the row's details on a tablet, next to the password actions
            historyColumn.setVisible(!narrow || !canEdit);
        }
        if (moreColumn != null) {
            moreColumn.setVisible(narrow);
        }
    }

    private Stream<SmtpUser> rows(List<QuerySortOrder> sortOrders) {
        if (snapshot == null) {
            return Stream.empty();
        }
        SmtpUserSnapshot.SortKey key = SmtpUserSnapshot.SortKey.NAME;
        boolean descending = false;
        if (!sortOrders.isEmpty()) {
            QuerySortOrder order = sortOrders.getFirst();
            key = switch (order.getSorted()) {
                case "status" -> SmtpUserSnapshot.SortKey.STATUS;
                case "total" -> LimitKind.TOTAL.sortKey();
                case "hourly" -> LimitKind.HOURLY.sortKey();
                default -> SmtpUserSnapshot.SortKey.NAME;
            };
            descending = order.getDirection() == SortDirection.DESCENDING;
        }
        return snapshot.query(filter.get(), key, descending);
    }

    private LitRenderer<SmtpUser> passwordRenderer(RowActions actions) {
        if (!canEdit) {
            return LitRenderer.<SmtpUser>of("<span class=\"masked\">Hidden</span>");
        }
        return LitRenderer.<SmtpUser>of("<span class=\"masked\" aria-hidden=\"true\">••••••••</span> "
                        + "<vaadin-button theme=\"tertiary\" aria-label=\"Reveal password of ${item.name}\" "
                        + "?disabled=\"${item.duplicate}\" @click=\"${reveal}\">Reveal</vaadin-button>")
                .withProperty("name", SmtpUser::name)
                .withProperty("duplicate", this::duplicated)
                .withFunction("reveal", actions::reveal);
    }

    private LitRenderer<SmtpUser> statusRenderer(RowActions actions) {
        if (!canEdit) {
            return LitRenderer.<SmtpUser>of("<span>${item.enabled ? 'Enabled' : 'Disabled'}</span>")
                    .withProperty("enabled", user -> currentVersion(user).enabled());
        }
        // the label says what the user is; the accessible name says what a tap does
        return LitRenderer.<SmtpUser>of("<vaadin-checkbox class=\"status-switch\" "
                        + "label=\"${item.enabled ? 'Enabled' : 'Disabled'}\" "
                        + "accessible-name=\"${item.enabled ? 'Disable' : 'Enable'} ${item.name}\" "
                        + ".checked=\"${item.enabled}\" ?disabled=\"${item.saving}\" "
                        + "@change=\"${e => toggle(e.target.checked)}\"></vaadin-checkbox>")
                .withProperty("name", SmtpUser::name)
                .withProperty("enabled", user -> currentVersion(user).enabled())
                .withProperty("saving", this::locked)
                .withFunction("toggle", (user, args) -> actions.setEnabled(user, args.get(0).asBoolean()));
    }

    private LitRenderer<SmtpUser> limitRenderer(LimitKind kind, RowActions actions) {
        // the hourly cell says when its limit is above the total one (allowed, see LimitHint)
        String hint = kind == LimitKind.HOURLY
                ? "${item.hint ? html`<span class=\"limit-hint\">" + LimitHint.TEXT + "</span>` : ''}" : "";
        if (!canEdit) {
            return LitRenderer.<SmtpUser>of("<span>${item.value}</span>" + hint)
                    .withProperty("value", user -> LimitInput.format(kind.of(currentVersion(user))))
                    .withProperty("hint", this::limitHint);
        }
        // a real button: a tap, a click and the keyboard all open the editor
        return LitRenderer.<SmtpUser>of("<button class=\"limit-button\" type=\"button\" "
                        + "aria-label=\"" + kind.label() + " of ${item.name}: ${item.value}. Edit\" ?disabled=\"${item.saving}\" "
                        + "@click=\"${edit}\">${item.value}</button>" + hint)
                .withProperty("hint", this::limitHint)
                .withProperty("name", SmtpUser::name)
                .withProperty("value", user -> LimitInput.format(kind.of(currentVersion(user))))
                .withProperty("saving", this::locked)
                .withFunction("edit", user -> actions.edit(user, kind));
    }

    private boolean duplicated(SmtpUser user) {
        return DuplicateNameGuard.isDuplicated(snapshot, user);
    }

    /** Its switch and limits take no input: being saved, or listed more than once by SendClean. */
    private boolean locked(SmtpUser user) {
        return saving.contains(user.name()) || duplicated(user);
    }

    private boolean limitHint(SmtpUser user) {
        SmtpUser current = currentVersion(user);
        return LimitHint.applies(current.totalLimit(), current.hourlyLimit());
    }

    /** Each row's history, for the next {@link #configure}; null where none is offered. */
    void offerHistory(Consumer<SmtpUser> opener) {
        this.history = opener;
    }

    /** Marks the rows whose last re-list found a change no portal action explains (the reseller cockpit's history). */
    void markChangedOutside(Set<String> names) {
        if (!names.equals(changedOutside)) {
            changedOutside = Set.copyOf(names);
            getDataProvider().refreshAll();
        }
    }
}
