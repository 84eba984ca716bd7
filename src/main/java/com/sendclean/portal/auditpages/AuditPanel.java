package com.sendclean.portal.auditpages;

import com.vaadin.flow.data.renderer.TextRenderer;
import java.util.ArrayList;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.audit.AuditFilter;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.sendclean.portal.ui.NarrowWidth;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The audit grid and its filters, shared by the tenant and the platform page. The grid is lazy without a count:
 * each scroll asks the service for one page in SQL. The export link streams the filtered events as CSV.
 */
final class AuditPanel extends VerticalLayout {

    /** Loads one page for a filter. */
    interface Pages {
        List<AuditEntry> load(AuditFilter filter, int offset, int limit);
    }

    /** Writes the filtered events as CSV. */
    interface Export {
        long write(AuditFilter filter, OutputStream out) throws IOException;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("To (UTC)");
    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final TextField actor = new TextField("Actor");
    private final TextField target = new TextField("Target");
    private final Grid<AuditEntry> grid = new Grid<>();
    /** The filter on screen, for the download request, which reads it outside the UI's lock. */
    private volatile AuditFilter current = AuditFilter.ANY;

    AuditPanel(Pages pages, Export export, boolean showTenant, String fileName) {
        setPadding(false);
        setSizeFull();
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        actor.setHelperText("Name starts with");
        target.setHelperText("Starts with");
        for (TextField field : new TextField[] {actor, target}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setMaxLength(200);
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        target.addValueChangeListener(e -> refresh());

        var download = new Anchor(csv(export, fileName), "Export CSV");
        download.addClassName("audit-export");

        var filters = new FlexLayout(from, to, action, actor, target, download);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        // wide: one column per value; narrow (a tablet): two-line cells, the client address in the row details
        var wide = new ArrayList<Grid.Column<AuditEntry>>();
        wide.add(grid.addColumn(entry -> TIME.format(entry.time())).setHeader("Time").setAutoWidth(true).setFlexGrow(0));
        wide.add(grid.addColumn(AuditPanel::actor).setHeader("Actor").setAutoWidth(true));
        if (showTenant) {
            wide.add(grid.addColumn(entry -> entry.tenantSlug() == null ? "" : entry.tenantSlug()).setHeader("Tenant").setAutoWidth(true));
        }
        wide.add(grid.addColumn(AuditEntry::actionLabel).setHeader("Action").setAutoWidth(true));
        wide.add(grid.addColumn(entry -> entry.target() == null ? "" : entry.target()).setHeader("Target").setAutoWidth(true));
        wide.add(grid.addColumn(AuditPanel::outcome).setHeader("Outcome").setAutoWidth(true));
        var narrow = List.of(
                grid.addColumn(twoLines(entry -> TIME.format(entry.time()),
                        entry -> actor(entry) + (showTenant && entry.tenantSlug() != null ? " · " + entry.tenantSlug() : "")))
                        .setHeader("Time and actor").setAutoWidth(true).setFlexGrow(0),
                grid.addColumn(twoLines(AuditEntry::actionLabel,
                        entry -> (entry.target() == null ? "" : entry.target() + " · ") + outcome(entry)))
                        .setHeader("Action and target").setAutoWidth(true).setFlexGrow(0));
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Details").setFlexGrow(1);
        var client = grid.addColumn(entry -> entry.clientIp() == null ? "" : entry.clientIp()).setHeader("Client").setAutoWidth(true);
        wide.add(client);
        narrow.forEach(column -> column.setVisible(false));
        grid.setItemDetailsRenderer(new TextRenderer<>(
                entry -> (client.isVisible() ? "" : "Client: " + (entry.clientIp() == null ? "unknown" : entry.clientIp()) + " · ")
                        + "User agent: " + (entry.userAgent() == null ? "unknown" : entry.userAgent())));
        NarrowWidth.watch(grid, isNarrow -> {
            wide.forEach(column -> column.setVisible(!isNarrow));
            narrow.forEach(column -> column.setVisible(isNarrow));
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Audit events");
        grid.setPageSize(100);
        grid.setItems(query -> pages.load(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();

        add(filters, grid);
        setFlexGrow(1, grid);
    }

    private static String actor(AuditEntry entry) {
        return entry.actorName() == null ? "—" : entry.actorName();
    }

    private static String outcome(AuditEntry entry) {
        return "SUCCESS".equals(entry.outcome()) ? "Success" : entry.outcome();
    }

    /** A cell with a main value and a secondary one below it, as text (never markup). */
    private static LitRenderer<AuditEntry> twoLines(ValueProvider<AuditEntry, String> first,
                                                    ValueProvider<AuditEntry, String> second) {
        return LitRenderer.<AuditEntry>of("<span>${item.first}</span><span class=\"cell-second-line\">${item.second}</span>")
                .withProperty("first", first)
                .withProperty("second", second);
    }

    private DownloadHandler csv(Export export, String fileName) {
        return event -> {
            AuditFilter filter = current;
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                export.write(filter, out);
            }
        };
    }

    /** The filter as the fields show it; times are UTC. */
    AuditFilter filter() {
        return new AuditFilter(null, instant(from.getValue()), instant(to.getValue()), action.getValue(),
                actor.getValue(), target.getValue());
    }

    private void refresh() {
        current = filter();
        grid.getDataProvider().refreshAll();
    }

    private static Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(ZoneId.of("UTC")).toInstant();
    }
}
