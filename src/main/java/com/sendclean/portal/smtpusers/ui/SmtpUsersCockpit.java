package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.BulkChangeRunner;
import com.sendclean.portal.smtpusers.SmtpUserRowHistory;
import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.sendclean.portal.smtpusers.SmtpUsersCsvExport;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.ui.BackgroundTasks;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the reseller cockpit adds to the SMTP users screen for the tenant it shows: "Export CSV" in the toolbar, the
 * bulk bar and its selection column for Operators and Admins, each row's history, and the "Changed outside the
 * portal" marks. Rebuilt on every navigation, because the screen's instance is reused across tenants.
 */
final class SmtpUsersCockpit {

    private final SmtpUsersCsvExport csvExport;
    private final BulkChangeRunner bulkRunner;
    private final BackgroundTasks tasks;
    private final ObjectProvider<SmtpUserRowHistory> rowHistory;
    private final HorizontalLayout toolbar;
    private final SmtpUserGrid grid;
    private Anchor export;
    private SmtpUsersBulkBar bulkBar;

    SmtpUsersCockpit(SmtpUsersCsvExport csvExport, BulkChangeRunner bulkRunner, BackgroundTasks tasks,
                     ObjectProvider<SmtpUserRowHistory> rowHistory, HorizontalLayout toolbar, SmtpUserGrid grid) {
        this.csvExport = csvExport;
        this.bulkRunner = bulkRunner;
        this.tasks = tasks;
        this.rowHistory = rowHistory;
        this.toolbar = toolbar;
        this.grid = grid;
    }

    /**
     * Sets the screen up for the tenant, after the grid's own columns; returns the bulk bar to place above the grid,
     * or null for Viewers.
     */
    SmtpUsersBulkBar show(TenantMembership membership, boolean canEdit, Supplier<String> search, Runnable reload) {
        if (export != null) {
            toolbar.remove(export);
        }
        // the users the screen shows (its search applied), streamed
        export = new Anchor(csvExport.download(membership.tenantId(), membership.tenant().slug(), search), "Export CSV");
        toolbar.add(export);

        if (bulkBar != null) {
            // the previous tenant's bar, with its selection, goes with it
            bulkBar.getElement().removeFromParent();
        }
        bulkBar = canEdit ? new SmtpUsersBulkBar(bulkRunner, tasks, membership.tenantId(), () -> {
            SmtpUserSnapshot shown = grid.snapshot();
            return shown == null ? Stream.empty()
                    : shown.query(search.get(), SmtpUserSnapshot.SortKey.NAME, false).map(SmtpUser::name);
        }, reload) : null;
        if (bulkBar != null) {
            Grid.Column<SmtpUser> select = grid.addColumn(bulkBar.selectColumn()).setHeader("Select").setKey("select")
                    .setAutoWidth(true).setFlexGrow(0);
            var order = new ArrayList<>(grid.getColumns());
            order.remove(select);
            order.add(0, select);
            grid.setColumnOrder(order);
        }
        return bulkBar;
    }

    /** Before the grid builds its columns: each row opens the user's history (a column, or the details on a tablet). */
    void offerHistory(TenantMembership membership, Runnable reload) {
        SmtpUserRowHistory history = rowHistory.getIfAvailable();
        grid.offerHistory(history == null ? null : user -> history.open(membership, user.name(), reload));
    }

    /** After each listing, which is what finds changes made outside the portal. */
    void listed(TenantMembership membership) {
        SmtpUserRowHistory history = rowHistory.getIfAvailable();
        grid.markChangedOutside(history == null ? Set.of() : history.changedOutside(membership));
    }
}
