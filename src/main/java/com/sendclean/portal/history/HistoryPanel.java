package com.sendclean.portal.history;

import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.BackgroundTasks;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One SMTP user's history: its audit events newest first (portal changes, reveals, resets, changes found outside the
 * portal). OPERATORs and ADMINs can "Revert" a limit or status change to the value it replaced; the revert goes
 * through the SMTP user service like any other change and is audited there.
 */
final class HistoryPanel extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final SmtpUserHistory history;
    private final SmtpUserService smtpUsers;
    private final BackgroundTasks tasks;
    private final TenantMembership membership;
    private final String name;
    private final Runnable afterRevert;
    private final Div events = new Div();

    HistoryPanel(SmtpUserHistory history, SmtpUserService smtpUsers, BackgroundTasks tasks, TenantMembership membership,
                 String name, Runnable afterRevert) {
        this.history = history;
        this.smtpUsers = smtpUsers;
        this.tasks = tasks;
        this.membership = membership;
        this.name = name;
        this.afterRevert = afterRevert;
        addClassName("smtp-user-history");
        setHeaderTitle("History of " + name);
        setWidth("min(48rem, 95vw)");
        getFooter().add(new Button("Close", click -> close()));
        add(events);
        showEvents();
    }

    private void showEvents() {
        events.removeAll();
        List<AuditEntry> entries = history.eventsOf(membership.tenantId(), name);
        if (entries.isEmpty()) {
            events.add(new Paragraph("Nothing recorded for " + name + " yet."));
            return;
        }
        boolean canRevert = membership.allows(TenantRole.OPERATOR);
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "History of " + name);
        for (AuditEntry entry : entries) {
            var item = new ListItem(new Span(TIME.format(entry.time()) + " · " + entry.actionLabel() + " · by "
                    + (entry.actorName() == null ? "unknown" : entry.actorName())
                    + (AuditEvent.SUCCESS.equals(entry.outcome()) ? "" : " · failed (" + entry.outcome() + ")")
                    + (entry.detail() == null ? "" : " · " + entry.detail())));
            if (canRevert) {
                for (RevertableChange change : RevertableChange.of(entry)) {
                    var revert = new Button("Revert", click -> revert(change));
                    revert.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    revert.setAriaLabel("Revert: " + change.label());
                    item.add(revert);
                }
            }
            list.add(item);
        }
        events.add(list);
    }

    private void revert(RevertableChange change) {
        UI ui = UI.getCurrent();
        tasks.run(ui, () -> {
            if (change.limit() == null) {
                smtpUsers.setEnabled(membership.tenantId(), name, change.previous().equals("ENABLED"));
            } else {
                smtpUsers.changeLimit(membership.tenantId(), name, change.limit(), change.limitValue().orElseThrow());
            }
            return null;
        }, done -> {
            Notifications.success("Reverted " + name + ": " + change.label() + ".");
            showEvents();
            afterRevert.run();
        }, failure -> Notifications.error(failure instanceof SendCleanException sendClean
                ? sendClean.customerMessage() : "The revert did not go through; try again."));
    }
}
