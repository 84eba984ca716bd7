package com.sendclean.portal.smtpusers;

import com.sendclean.portal.credentials.CredentialsUnavailableException;
import com.sendclean.portal.security.StepUpDialog;
import com.sendclean.portal.security.StepUpService;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.sendclean.SmtpCredentials;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.tenant.TenantPage;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantService;
import com.sendclean.portal.ui.BackgroundTasks;
import com.sendclean.portal.ui.ConfirmDialog;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The screen the portal exists for: a tenant's SMTP users in a lazy grid fed from the shared copy of SendClean's
 * list, with inline limit editing, status switches, password reveal and reset, and creation. SendClean calls run in
 * the background and their results are pushed, so a slow upstream leaves the page usable.
 */
@Route("t/:slug/" + SmtpUsersView.PATH)
@PermitAll
class SmtpUsersView extends TenantPage implements com.vaadin.flow.router.AfterNavigationObserver {

    static final String PATH = "smtp-users";
    private static final int NARROW_WIDTH = 900;

    private final SmtpUserService smtpUsers;
    private final BackgroundTasks tasks;
    private final StepUpService stepUp;

    private final Grid<SmtpUser> grid = new Grid<>();
    private final Span counts = new Span();
    private final TextField search = new TextField();
    private final ProgressBar loading = new ProgressBar();
    private final Div state = new Div();
    private final IntegerField totalField = limitField("Total limit");
    private final IntegerField hourlyField = limitField("Hourly limit");
    private final Set<String> saving = new HashSet<>();

    private SmtpUserSnapshot snapshot;
    private boolean canEdit;
    private boolean isAdmin;
    private SmtpUser editing;
    private LimitKind editingKind;
    private Grid.Column<SmtpUser> passwordColumn;
    private Grid.Column<SmtpUser> actionsColumn;
    private Grid.Column<SmtpUser> moreColumn;

    // issue 16: CSV export, "Changed outside the portal" marks and the history panel
    private final SmtpUsersCsvExport csvExport;
    private final BulkChangeRunner bulkRunner;
    private SmtpUsersBulkBar bulkBar;
    private final org.springframework.beans.factory.ObjectProvider<SmtpUserRowHistory> rowHistory;
    private java.util.Set<String> changedOutside = java.util.Set.of();

    SmtpUsersView(TenantService tenantService, SmtpUserService smtpUsers, BackgroundTasks tasks, StepUpService stepUp,
                  SmtpUsersCsvExport csvExport, org.springframework.beans.factory.ObjectProvider<SmtpUserRowHistory> rowHistory,
                  BulkChangeRunner bulkRunner) {
        super(tenantService);
        this.csvExport = csvExport; // issue 16
        this.rowHistory = rowHistory; // issue 16
        this.bulkRunner = bulkRunner; // issue 16
        this.smtpUsers = smtpUsers;
        this.tasks = tasks;
        this.stepUp = stepUp;
        addClassName("smtp-users-view");
    }

    @Override
    protected TenantRole requiredRole() {
        return TenantRole.VIEWER;
    }

    @Override
    protected String pageTitle() {
        return "SMTP users";
    }

    @Override
    protected void show(TenantMembership membership) {
        canEdit = membership.allows(TenantRole.OPERATOR);
        isAdmin = membership.allows(TenantRole.ADMIN);

        search.setPlaceholder("Search by name");
        search.setAriaLabel("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            updateCounts();
        });
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> load(true));
        var toolbar = new HorizontalLayout(search, refresh);
        // issue 16: the users the screen shows (its search applied), streamed
        toolbar.add(new Anchor(csvExport.download(membership.tenantId(), membership.tenant().slug(), search::getValue), "Export CSV"));
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (canEdit) {
            var add = new Button("Add SMTP user", VaadinIcon.PLUS.create(), click -> openAddDialog());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        counts.addClassName("smtp-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        loading.setIndeterminate(true);
        loading.setVisible(false);
        loading.getElement().setAttribute("aria-label", "Loading SMTP users");
        state.addClassName("smtp-state");
        state.setVisible(false);

        // issue 16: bulk actions for OPERATORs and ADMINs
        bulkBar = canEdit ? new SmtpUsersBulkBar(bulkRunner, tasks, membership.tenantId(), () -> snapshot == null
                ? Stream.empty() : snapshot.query(search.getValue(), SmtpUserSnapshot.SortKey.NAME, false).map(SmtpUser::name),
                () -> load(false)) : null;
        configureGrid();
        add(new H1("SMTP users"), counts, toolbar, loading, state);
        if (bulkBar != null) {
            add(bulkBar); // issue 16
        }
        add(grid);
        getUI().ifPresent(this::watchWidth);
        load(false);
    }

    /** issue 16: "Find SMTP user" on /accounts opens this screen filtered to one user with {@code ?search=name}. */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("search").ifPresent(search::setValue);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        watchWidth(attachEvent.getUI());
    }

    private void watchWidth(UI ui) {
        ui.getPage().addBrowserWindowResizeListener(resize -> applyWidth(resize.getWidth()));
        ui.getPage().retrieveExtendedClientDetails(details -> applyWidth(details.getWindowInnerWidth()));
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setAriaLabel("SMTP users of " + membership().tenant().name());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.addClassName("smtp-grid");
        grid.setPartNameGenerator(user -> saving.contains(user.name()) ? "saving" : null);
        if (bulkBar != null) { // issue 16
            grid.addColumn(bulkBar.selectColumn()).setHeader("Select").setKey("select").setAutoWidth(true).setFlexGrow(0);
        }

        grid.addColumn(LitRenderer.<SmtpUser>of("<span class=\"smtp-name\">${item.name}</span>"
                        + "${item.saving ? html`<span class=\"saving-note\" role=\"status\"> Saving…</span>` : ''}"
                        // issue 16
                        + "${item.outside ? html` <span class=\"changed-outside\">Changed outside the portal</span>` : ''}")
                        .withProperty("outside", user -> changedOutside.contains(user.name()))
                        .withProperty("name", SmtpUser::name)
                        .withProperty("saving", user -> saving.contains(user.name())))
                .setHeader("SMTP user").setKey("name").setSortProperty("name").setFlexGrow(2).setAutoWidth(true);

        passwordColumn = grid.addColumn(passwordRenderer()).setHeader("Password").setKey("password").setAutoWidth(true);

        grid.addColumn(statusRenderer()).setHeader("Status").setKey("status").setSortProperty("status").setAutoWidth(true);

        Editor<SmtpUser> editor = grid.getEditor();
        editor.setBinder(new Binder<>(SmtpUser.class));
        editor.setBuffered(false);
        grid.addColumn(limitRenderer(LimitKind.TOTAL)).setHeader("Total limit").setKey("total")
                .setSortProperty("total").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setEditorComponent(totalField);
        grid.addColumn(limitRenderer(LimitKind.HOURLY)).setHeader("Hourly limit").setKey("hourly")
                .setSortProperty("hourly").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setEditorComponent(hourlyField);
        wireEditorField(totalField, LimitKind.TOTAL);
        wireEditorField(hourlyField, LimitKind.HOURLY);
        // issue 16: each row opens the user's history panel
        rowHistory.ifAvailable(history -> grid.addColumn(LitRenderer.<SmtpUser>of(
                                "<vaadin-button theme=\"tertiary\" aria-label=\"History of ${item.name}\" "
                                        + "@click=\"${open}\">History</vaadin-button>")
                        .withProperty("name", SmtpUser::name)
                        .withFunction("open", user -> history.open(membership(), user.name(), () -> load(false))))
                .setHeader("History").setKey("history").setAutoWidth(true));

        if (canEdit) {
            actionsColumn = grid.addColumn(LitRenderer.<SmtpUser>of(
                                    "<vaadin-button theme=\"tertiary\" aria-label=\"Reset password of ${item.name}\" "
                                            + "@click=\"${reset}\">Reset password</vaadin-button>")
                            .withProperty("name", SmtpUser::name)
                            .withFunction("reset", this::confirmReset))
                    .setHeader("Actions").setKey("actions").setAutoWidth(true);
            moreColumn = grid.addColumn(LitRenderer.<SmtpUser>of(
                                    "<vaadin-button theme=\"tertiary\" aria-label=\"More about ${item.name}\" "
                                            + "@click=\"${toggle}\">More</vaadin-button>")
                            .withProperty("name", SmtpUser::name)
                            .withFunction("toggle", user -> grid.setDetailsVisible(user, !grid.isDetailsVisible(user))))
                    .setHeader("More").setKey("more").setAutoWidth(true);
            moreColumn.setVisible(false);
            grid.setItemDetailsRenderer(LitRenderer.<SmtpUser>of(
                            "<div class=\"smtp-details\"><span>Password: <span aria-hidden=\"true\">••••••••</span></span> "
                                    + "<vaadin-button theme=\"tertiary\" aria-label=\"Reveal password of ${item.name}\" "
                                    + "@click=\"${reveal}\">Reveal</vaadin-button> "
                                    + "<vaadin-button theme=\"tertiary\" aria-label=\"Reset password of ${item.name}\" "
                                    + "@click=\"${reset}\">Reset password</vaadin-button></div>")
                    .withProperty("name", SmtpUser::name)
                    .withFunction("reveal", this::reveal)
                    .withFunction("reset", this::confirmReset));
            grid.setDetailsVisibleOnClick(false);
        }

        grid.setItems(new CallbackDataProvider<SmtpUser, Void>(
                query -> rows(query.getSortOrders()).skip(query.getOffset()).limit(query.getLimit()),
                query -> snapshot == null ? 0 : snapshot.count(search.getValue()),
                SmtpUser::name));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
    }

    private Stream<SmtpUser> rows(java.util.List<QuerySortOrder> sortOrders) {
        if (snapshot == null) {
            return Stream.empty();
        }
        SmtpUserSnapshot.SortKey key = SmtpUserSnapshot.SortKey.NAME;
        boolean descending = false;
        if (!sortOrders.isEmpty()) {
            QuerySortOrder order = sortOrders.getFirst();
            key = switch (order.getSorted()) {
                case "status" -> SmtpUserSnapshot.SortKey.STATUS;
                case "total" -> SmtpUserSnapshot.SortKey.TOTAL_LIMIT;
                case "hourly" -> SmtpUserSnapshot.SortKey.HOURLY_LIMIT;
                default -> SmtpUserSnapshot.SortKey.NAME;
            };
            descending = order.getDirection() == SortDirection.DESCENDING;
        }
        return snapshot.query(search.getValue(), key, descending);
    }

    private LitRenderer<SmtpUser> passwordRenderer() {
        if (!canEdit) {
            return LitRenderer.<SmtpUser>of("<span class=\"masked\">Hidden</span>");
        }
        return LitRenderer.<SmtpUser>of("<span class=\"masked\" aria-hidden=\"true\">••••••••</span> "
                        + "<vaadin-button theme=\"tertiary\" aria-label=\"Reveal password of ${item.name}\" "
                        + "@click=\"${reveal}\">Reveal</vaadin-button>")
                .withProperty("name", SmtpUser::name)
                .withFunction("reveal", this::reveal);
    }

    private LitRenderer<SmtpUser> statusRenderer() {
        if (!canEdit) {
            return LitRenderer.<SmtpUser>of("<span>${item.enabled ? 'Enabled' : 'Disabled'}</span>")
                    .withProperty("enabled", user -> currentVersion(user).enabled());
        }
        return LitRenderer.<SmtpUser>of("<vaadin-checkbox label=\"Enabled\" accessible-name=\"Enabled: ${item.name}\" "
                        + ".checked=\"${item.enabled}\" ?disabled=\"${item.saving}\" "
                        + "@change=\"${e => toggle(e.target.checked)}\"></vaadin-checkbox>")
                .withProperty("name", SmtpUser::name)
                .withProperty("enabled", user -> currentVersion(user).enabled())
                .withProperty("saving", user -> saving.contains(user.name()))
                .withFunction("toggle", (user, args) -> setEnabled(user, args.get(0).asBoolean()));
    }

    private LitRenderer<SmtpUser> limitRenderer(LimitKind kind) {
        String label = kind.label();
        if (!canEdit) {
            return LitRenderer.<SmtpUser>of("<span>${item.value}</span>")
                    .withProperty("value", user -> shownLimit(user, kind));
        }
        // a real button: a tap, a click and the keyboard all open the editor
        return LitRenderer.<SmtpUser>of("<button class=\"limit-button\" type=\"button\" "
                        + "aria-label=\"" + label + " of ${item.name}: ${item.value}. Edit\" ?disabled=\"${item.saving}\" "
                        + "@click=\"${edit}\">${item.value}</button>")
                .withProperty("name", SmtpUser::name)
                .withProperty("value", user -> shownLimit(user, kind))
                .withProperty("saving", user -> saving.contains(user.name()))
                .withFunction("edit", user -> openEditor(user, kind));
    }

    private String shownLimit(SmtpUser user, LimitKind kind) {
        SmtpUser current = currentVersion(user);
        return format(kind == LimitKind.TOTAL ? current.totalLimit() : current.hourlyLimit());
    }

    private static String format(int value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    private static IntegerField limitField(String label) {
        var field = new IntegerField();
        field.setAriaLabel(label);
        field.setMin(1);
        field.setMax(Integer.MAX_VALUE);
        field.setRequired(true);
        field.setWidthFull();
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(SmtpUserService.LIMIT_RULE)
                .setMinErrorMessage(SmtpUserService.LIMIT_RULE)
                .setMaxErrorMessage(SmtpUserService.LIMIT_RULE)
                .setRequiredErrorMessage(SmtpUserService.LIMIT_RULE));
        return field;
    }

    private void wireEditorField(IntegerField field, LimitKind kind) {
        field.addKeyDownListener(Key.ENTER, event -> commit(kind));
        field.addKeyDownListener(Key.ESCAPE, event -> cancelEdit());
        field.addBlurListener(event -> commit(kind));
    }

    private void openEditor(SmtpUser user, LimitKind kind) {
        if (!canEdit || saving.contains(user.name())) {
            return;
        }
        SmtpUser current = currentVersion(user);
        editing = current;
        editingKind = kind;
        grid.getEditor().editItem(current);
        totalField.setValue(current.totalLimit());
        hourlyField.setValue(current.hourlyLimit());
        totalField.setInvalid(false);
        hourlyField.setInvalid(false);
        (kind == LimitKind.TOTAL ? totalField : hourlyField).focus();
    }

    private void cancelEdit() {
        editing = null;
        editingKind = null;
        grid.getEditor().cancel();
    }

    private void commit(LimitKind kind) {
        if (editing == null || editingKind != kind) {
            // leaving the other field of the open row, or a second event for a value already committed
            if (editing != null && editingKind != kind) {
                return;
            }
            return;
        }
        IntegerField field = kind == LimitKind.TOTAL ? totalField : hourlyField;
        Integer value = field.getValue();
        if (value == null || value < 1) {
            field.setErrorMessage(SmtpUserService.LIMIT_RULE);
            field.setInvalid(true);
            return;
        }
        SmtpUser user = editing;
        cancelEdit();
        int old = kind == LimitKind.TOTAL ? user.totalLimit() : user.hourlyLimit();
        if (value == old) {
            return;
        }
        markSaving(user, true);
        tasks.run(UI.getCurrent(), () -> {
            smtpUsers.changeLimit(membership().tenantId(), user.name(), kind, value);
            return null;
        }, done -> {
            showSaved(user);
            Notifications.success(kind.label() + " of " + user.name() + " is now " + format(value) + ".");
        }, failure -> {
            markSaving(user, false);
            showFailure(failure);
            // the old value is back in the row; offer the typed one again
            openEditor(user, kind);
            field.setValue(value);
            field.setErrorMessage(FailureMessages.of(failure));
            field.setInvalid(true);
        });
    }

    private void setEnabled(SmtpUser user, boolean enabled) {
        if (!canEdit || saving.contains(user.name())) {
            grid.getDataProvider().refreshItem(user);
            return;
        }
        markSaving(user, true);
        tasks.run(UI.getCurrent(), () -> {
            smtpUsers.setEnabled(membership().tenantId(), user.name(), enabled);
            return null;
        }, done -> {
            showSaved(user);
            Notifications.success(user.name() + (enabled ? " is enabled." : " is disabled."));
        }, failure -> {
            markSaving(user, false);
            showFailure(failure);
        });
    }

    private void reveal(SmtpUser user) {
        // revealing (and so copying) a password needs a recent password entry; the dialog asks when it is stale
        StepUpDialog.ifNeeded(stepUp, () -> showPassword(user));
    }

    private void showPassword(SmtpUser user) {
        try {
            String password = smtpUsers.revealPassword(membership().tenantId(), user.name());
            var values = new LinkedHashMap<String, String>();
            values.put("Password", password);
            new SecretDialog("Password of " + user.name(), null, values, copied(user.name())).open();
        } catch (RuntimeException failure) {
            showFailure(failure);
        }
    }

    private void confirmReset(SmtpUser user) {
        new ConfirmDialog("Reset password",
                "Give " + user.name() + " a new password? Programs that send with the old one stop working until "
                        + "they use the new one.", "Reset password", () -> reset(user)).open();
    }

    private void reset(SmtpUser user) {
        markSaving(user, true);
        tasks.run(UI.getCurrent(), () -> smtpUsers.resetPassword(membership().tenantId(), user.name()), reset -> {
            showSaved(user);
            var values = new LinkedHashMap<String, String>();
            values.put("New password", reset.password());
            new SecretDialog("New password for " + reset.name(),
                    "This is shown once. Copy it now and update the programs that send as " + reset.name() + ".",
                    values, copied(reset.name())).open();
        }, failure -> {
            markSaving(user, false);
            showFailure(failure);
            if (failure instanceof SendCleanException.OutcomeUnknown) {
                load(true);
            }
        });
    }

    private void openAddDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add SMTP user");
        var total = limitField("Total limit");
        total.setLabel("Total limit");
        total.setAriaLabel(null);
        var hourly = limitField("Hourly limit");
        hourly.setLabel("Hourly limit");
        hourly.setAriaLabel(null);
        var form = new VerticalLayout(new Paragraph("SendClean chooses the user name and password."), total, hourly);
        form.setPadding(false);
        dialog.add(form);
        var create = new Button("Create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            boolean valid = true;
            for (IntegerField field : new IntegerField[] {total, hourly}) {
                if (field.getValue() == null || field.getValue() < 1) {
                    field.setErrorMessage(SmtpUserService.LIMIT_RULE);
                    field.setInvalid(true);
                    valid = false;
                }
            }
            if (!valid) {
                return;
            }
            create.setEnabled(false);
            create.setText("Creating…");
            Integer totalLimit = total.getValue();
            Integer hourlyLimit = hourly.getValue();
            tasks.run(UI.getCurrent(), () -> smtpUsers.create(membership().tenantId(), totalLimit, hourlyLimit), created -> {
                dialog.close();
                showCreated(created);
                load(false);
            }, failure -> {
                create.setEnabled(true);
                create.setText("Create");
                if (failure instanceof InvalidInputException invalid) {
                    (LimitKind.HOURLY.label().equals(invalid.field()) ? hourly : total).setErrorMessage(invalid.getMessage());
                    (LimitKind.HOURLY.label().equals(invalid.field()) ? hourly : total).setInvalid(true);
                    return;
                }
                dialog.close();
                showFailure(failure);
                load(true);
            });
        });
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
        total.focus();
    }

    private void showCreated(SmtpCredentials created) {
        var values = new LinkedHashMap<String, String>();
        values.put("User name", created.name());
        values.put("Password", created.password());
        new SecretDialog("SMTP user created",
                "The password is shown once. Copy it now; you can reveal it later from the list.", values,
                copied(created.name())).open();
    }

    /** Records a copied password (not a copied user name) in the audit trail. */
    private java.util.function.Consumer<String> copied(String smtpUserName) {
        return label -> {
            if (label.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                try {
                    smtpUsers.passwordCopied(membership().tenantId(), smtpUserName);
                } catch (RuntimeException failure) {
                    showFailure(failure);
                }
            }
        };
    }

    private void load(boolean refresh) {
        loading.setVisible(true);
        UI ui = UI.getCurrent();
        tasks.run(ui, () -> smtpUsers.list(membership().tenantId(), refresh), loaded -> {
            loading.setVisible(false);
            snapshot = loaded;
            // issue 16: read after the listing, which is what finds outside changes
            changedOutside = rowHistory.getIfAvailable() == null ? java.util.Set.of()
                    : rowHistory.getObject().changedOutside(membership());
            grid.getDataProvider().refreshAll();
            updateCounts();
            if (loaded.size() == 0) {
                showState("There are no SMTP users yet." + (canEdit ? " Use “Add SMTP user” to create one." : ""), false, false);
            } else {
                state.setVisible(false);
            }
        }, failure -> {
            loading.setVisible(false);
            snapshot = null;
            grid.getDataProvider().refreshAll();
            updateCounts();
            boolean credentialsProblem = FailureMessages.concernsCredentials(failure);
            String message = FailureMessages.of(failure);
            if (failure instanceof CredentialsUnavailableException unavailable && !isAdmin) {
                message += " Ask an Admin of this account to enter them.";
            }
            showState(message, credentialsProblem && isAdmin, !(failure instanceof CredentialsUnavailableException));
        });
    }

    /**
     * The shared copy already holds this portal's change: send just that row from it, rather than refetching the
     * page, so the confirmed value shows without another round trip. The row stays where it is until the next
     * refresh, even when the grid is sorted by the changed column, so nothing jumps away from the user.
     */
    private void showSaved(SmtpUser user) {
        snapshot = smtpUsers.list(membership().tenantId(), false);
        saving.remove(user.name());
        grid.getDataProvider().refreshItem(currentVersion(user));
        updateCounts();
    }

    private void showState(String message, boolean linkToCredentials, boolean offerRetry) {
        state.removeAll();
        var text = new Paragraph(message);
        text.getElement().setAttribute("role", "status");
        state.add(text);
        if (linkToCredentials) {
            state.add(new Anchor("t/" + membership().tenant().slug() + "/credentials", "Go to the SendClean credentials"));
        }
        if (offerRetry) {
            state.add(new Button("Try again", click -> load(true)));
        }
        state.setVisible(true);
    }

    private void updateCounts() {
        if (snapshot == null) {
            counts.setText("");
            return;
        }
        counts.setText(snapshot.size() + (snapshot.size() == 1 ? " SMTP user · " : " SMTP users · ") + snapshot.enabledCount() + " enabled · "
                + snapshot.disabledCount() + " disabled"
                + (search.isEmpty() ? "" : " · " + snapshot.count(search.getValue()) + " match the search"));
    }

    private void markSaving(SmtpUser user, boolean on) {
        if (on) {
            saving.add(user.name());
        } else {
            saving.remove(user.name());
        }
        grid.getDataProvider().refreshItem(currentVersion(user));
    }

    /**
     * The user as the current copy holds it. Rows are rendered from this rather than from the item a row was refreshed
     * with: Flow's data communicator keeps refreshed items in a set of item versions, and when one user is refreshed in
     * two versions before a response goes out (the editor closing on the old one, then the saved one, when SendClean
     * answers before the click's own response), it sends both in the set's order, so the old value could stay on screen.
     */
    private SmtpUser currentVersion(SmtpUser user) {
        return snapshot == null ? user : snapshot.find(user.name()).orElse(user);
    }

    private void showFailure(RuntimeException failure) {
        String message = FailureMessages.of(failure);
        if (FailureMessages.concernsCredentials(failure) && isAdmin) {
            var notification = new Notification();
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setDuration(8000);
            notification.setPosition(Notification.Position.MIDDLE);
            var link = new Anchor("t/" + membership().tenant().slug() + "/credentials", "Update the credentials");
            var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
            close.setAriaLabel("Close");
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notification.add(new HorizontalLayout(new Span(message), link, close));
            notification.open();
        } else {
            Notifications.error(message);
        }
    }

    private void applyWidth(int width) {
        boolean narrow = width < NARROW_WIDTH;
        if (passwordColumn != null) {
            passwordColumn.setVisible(!narrow || !canEdit);
        }
        if (actionsColumn != null) {
            actionsColumn.setVisible(!narrow);
        }
        if (moreColumn != null) {
            moreColumn.setVisible(narrow);
        }
    }
}
