package com.sendclean.portal.accounts;

import com.sendclean.portal.ui.NarrowWidth;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.ui.BackgroundTasks;
import com.sendclean.portal.ui.BatchedAccess;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * /accounts: every account the signed-in user belongs to, with what is known at once; counts fill in over push as
 * background refreshes finish, at most {@code portal.overview.refresh-concurrency} accounts at a time. A row opens the
 * account's SMTP users. "Find SMTP user" searches names across all of them.
 */
@Route(AccountsView.PATH)
@PageTitle("Accounts · SendClean Portal")
@PermitAll
class AccountsView extends Main {

    static final String PATH = "accounts";
    private static final Duration REFRESH_BATCH = Duration.ofMillis(150);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final AccountsService accounts;
    private final BackgroundTasks tasks;
    private final Map<TenantId, AccountSummary> rows = new LinkedHashMap<>();
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField filter = new TextField("Filter accounts");
    private final SmtpUserFinder finder;
    private volatile boolean attached;

    AccountsView(AccountsService accounts, BackgroundTasks tasks) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.finder = new SmtpUserFinder(accounts, tasks);
        addClassName("page");
        addClassName("accounts-view");

        filter.setPlaceholder("Name");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setPrefixComponent(VaadinIcon.FILTER.create());
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var toolbar = new HorizontalLayout(finder.field(), filter);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        configureGrid();
        add(new H1("Accounts"), toolbar, finder.results(), grid);
    }

    private boolean narrow;

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Accounts");
        // on a tablet the secondary columns fold into a second line below the account's name
        var account = grid.addColumn(LitRenderer.<AccountSummary>of("<a class=\"account-link\" href=\"t/${item.slug}/smtp-users\">${item.name}</a>"
                                + "${item.more ? html`<span class=\"cell-second-line\">${item.more}</span>` : ''}")
                        .withProperty("slug", AccountSummary::slug).withProperty("name", AccountSummary::name)
                        .withProperty("more", row -> narrow ? secondLine(row) : ""))
                .setHeader("Account").setKey("name").setSortProperty("name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.role().label()).setHeader("My role").setKey("role").setSortProperty("role").setAutoWidth(true);
        grid.addColumn(row -> row.credentials().label()).setHeader("Credentials").setKey("credentials")
                .setSortProperty("credentials").setAutoWidth(true);
        grid.addColumn(LitRenderer.<AccountSummary>of("""
                        ${item.refreshing
                            ? html`<vaadin-progress-bar indeterminate aria-label="Loading ${item.name}"></vaadin-progress-bar>`
                            : html`<span>${item.count}</span>`}""")
                        .withProperty("refreshing", row -> row.refreshing() && row.smtpUsers() == null)
                        .withProperty("name", AccountSummary::name)
                        .withProperty("count", row -> shown(row.smtpUsers())))
                .setHeader("SMTP users").setKey("smtpUsers").setSortProperty("smtpUsers").setAutoWidth(true);
        grid.addColumn(row -> shown(row.enabled())).setHeader("Enabled").setKey("enabled").setSortProperty("enabled").setAutoWidth(true);
        grid.addColumn(row -> shown(row.disabled())).setHeader("Disabled").setKey("disabled").setSortProperty("disabled").setAutoWidth(true);
        grid.addColumn(row -> row.lastChangeAt() == null ? "—" : TIME.format(row.lastChangeAt()) + " by "
                        + (row.lastChangeBy() == null ? "someone" : row.lastChangeBy()))
                .setHeader("Last change").setKey("lastChange").setSortProperty("lastChange").setAutoWidth(true);
        grid.addColumn(row -> row.problem() == null ? "" : row.problem()).setHeader("Problem").setKey("problem")
                .setSortProperty("problem").setFlexGrow(1);
        List<String> secondary = List.of("role", "enabled", "disabled", "lastChange", "problem");
        NarrowWidth.watch(grid, isNarrow -> {
            narrow = isNarrow;
            secondary.forEach(key -> grid.getColumnByKey(key).setVisible(!isNarrow));
            account.setAutoWidth(!isNarrow);
            grid.getDataProvider().refreshAll();
        });
        grid.setMultiSort(false);
        grid.setItems(new CallbackDataProvider<AccountSummary, Void>(
                query -> shownRows(query.getSortOrders()).skip(query.getOffset()).limit(query.getLimit()),
                query -> (int) shownRows(List.of()).count(),
                AccountSummary::tenantId));
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui ->
                ui.navigate("t/" + click.getItem().slug() + "/smtp-users")));
    }

    private static String secondLine(AccountSummary row) {
        String line = row.role().label() + " · " + shown(row.enabled()) + " enabled, " + shown(row.disabled())
                + " disabled" + (row.lastChangeAt() == null ? "" : " · last change " + TIME.format(row.lastChangeAt()));
        return row.problem() == null ? line : line + " · " + row.problem();
    }

    private Stream<AccountSummary> shownRows(List<QuerySortOrder> sortOrders) {
        String needle = filter.getValue().strip().toLowerCase(Locale.ROOT);
        Stream<AccountSummary> stream = rows.values().stream().filter(row -> needle.isEmpty()
                || row.name().toLowerCase(Locale.ROOT).contains(needle) || row.slug().contains(needle));
        Comparator<AccountSummary> order = Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT));
        if (!sortOrders.isEmpty()) {
            QuerySortOrder sort = sortOrders.getFirst();
            Comparator<AccountSummary> by = AccountOrders.of(sort.getSorted()).thenComparing(order);
            order = sort.getDirection() == SortDirection.DESCENDING ? by.reversed() : by;
        }
        return stream.sorted(order);
    }

    private static String shown(Number value) {
        return value == null ? "—" : String.format(Locale.ENGLISH, "%,d", value.longValue());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attached = true;
        UI ui = attachEvent.getUI();
        rows.clear();
        accounts.myAccounts().forEach(row -> rows.put(row.tenantId(), row.asRefreshing()));
        grid.getDataProvider().refreshAll();
        List<AccountSummary> toRefresh = List.copyOf(rows.values());
        // rows refreshed within REFRESH_BATCH of each other reach the browser in one push
        var refreshed = new BatchedAccess<AccountSummary>(ui, REFRESH_BATCH, batch -> batch.forEach(row -> {
            rows.put(row.tenantId(), row);
            grid.getDataProvider().refreshItem(row);
        }));
        tasks.run(ui, () -> {
            accounts.refresh(toRefresh, () -> !attached, refreshed::add);
            return null;
        }, done -> { }, failure -> Notifications.error("The portal could not load every account; reload the page to try again."));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        attached = false;
        super.onDetach(detachEvent);
    }
}
