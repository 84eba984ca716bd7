package com.sendclean.portal.dashboard;

import com.sendclean.portal.audit.AuditEvent;
import com.vaadin.flow.component.html.Span;
import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.audit.AuditFilter;
import com.sendclean.portal.auditpages.AuditTrailService;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.credentials.CredentialsStatus;
import com.sendclean.portal.history.OutsideChange;
import com.sendclean.portal.history.SmtpUserHistory;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.tenant.TenantPage;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantService;
import com.sendclean.portal.ui.BackgroundTasks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's start page (it replaced the list of links): the credentials' state with the action that fixes it, the
 * SMTP users in figures, the users a re-list found changed outside the portal, and (for those who may read the audit)
 * the tenant's last ten audit events.
 */
@Route("t/:slug")
@PermitAll
class TenantDashboardView extends TenantPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CredentialsService credentials;
    private final TenantDashboardService dashboard;
    private final SmtpUserHistory history;
    private final AuditTrailService auditTrail;
    private final BackgroundTasks tasks;

    TenantDashboardView(TenantService tenantService, CredentialsService credentials, TenantDashboardService dashboard,
                        SmtpUserHistory history, AuditTrailService auditTrail, BackgroundTasks tasks) {
        super(tenantService);
        this.credentials = credentials;
        this.dashboard = dashboard;
        this.history = history;
        this.auditTrail = auditTrail;
        this.tasks = tasks;
        addClassName("tenant-dashboard");
    }

    @Override
    protected TenantRole requiredRole() {
        return TenantRole.VIEWER;
    }

    @Override
    protected String pageTitle() {
        return "Overview";
    }

    @Override
    protected void show(TenantMembership membership) {
        String base = "t/" + membership.tenant().slug();
        add(new H1(membership.tenant().name()),
                new Paragraph("Your role in this account: " + membership.role().label() + "."),
                credentialsSection(membership, base), smtpUsersSection(membership, base), outsideSection(membership, base));
        if (membership.allows(TenantRole.ADMIN)) {
            add(auditSection(membership, base));
        }
    }

    private Section credentialsSection(TenantMembership membership, String base) {
        CredentialsStatus status = credentials.status(membership.tenantId());
        boolean admin = membership.allows(TenantRole.ADMIN);
        var section = section("SendClean credentials", "dashboard-credentials");
        String fix = switch (status.state()) {
            case NONE -> "Enter the SendClean credentials";
            case REFUSED -> "Update the SendClean credentials";
            case UNREADABLE -> "Enter the SendClean credentials again";
            case STORED -> null;
        };
        section.add(new Paragraph(switch (status.state()) {
            case NONE -> "No SendClean credentials are stored yet.";
            case REFUSED -> "SendClean refused the stored credentials.";
            case UNREADABLE -> "The stored credentials cannot be read (the encryption key changed).";
            case STORED -> "Stored for " + status.appDomain() + ", token ending " + status.tokenLastFour() + ".";
        }));
        if (fix != null) {
            section.add(admin ? new Anchor(base + "/credentials", fix)
                    : new Paragraph("Ask an Admin of this account to " + Character.toLowerCase(fix.charAt(0)) + fix.substring(1) + "."));
        }
        return section;
    }

    private Section smtpUsersSection(TenantMembership membership, String base) {
        var section = section("SMTP users", "dashboard-smtp-users");
        var figures = new Div(new Paragraph("Loading the SMTP users…"));
        figures.getElement().setAttribute("aria-live", "polite");
        section.add(figures, new Anchor(base + "/smtp-users", "Open the SMTP users"));
        UI ui = UI.getCurrent();
        tasks.run(ui, () -> dashboard.figures(membership.tenantId()), loaded -> {
            figures.removeAll();
            figures.add(new Paragraph(loaded.users() + (loaded.users() == 1 ? " SMTP user: " : " SMTP users: ")
                            + loaded.enabled() + " enabled, " + loaded.disabled() + " disabled."),
                    new Paragraph("Sum of total limits: " + number(loaded.totalLimits()) + ". Sum of hourly limits: "
                            + number(loaded.hourlyLimits()) + "."));
            if (loaded.hourlyAboveTotal().isEmpty()) {
                figures.add(new Paragraph("No SMTP user has an hourly limit above its total limit."));
            } else {
                figures.add(new Paragraph("Hourly limit above total limit:"), names(loaded.hourlyAboveTotal(), "Hourly limit above total limit"));
            }
        }, failure -> {
            figures.removeAll();
            figures.add(new Paragraph("The SMTP users could not be loaded now; the SMTP users page says why."));
        });
        return section;
    }

    private Section outsideSection(TenantMembership membership, String base) {
        var section = section("Changed outside the portal", "dashboard-outside");
        List<OutsideChange> changes = history.changedOutside(membership.tenantId(), 20);
        if (changes.isEmpty()) {
            section.add(new Paragraph("No change made outside the portal has been found."));
            return section;
        }
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "Changed outside the portal");
        for (OutsideChange change : changes) {
            list.add(new ListItem(new Anchor(base + "/smtp-users?search=" + change.name(), change.name()),
                    new Span(" found " + TIME.format(change.detectedAt()))));
        }
        section.add(list);
        return section;
    }

    private Section auditSection(TenantMembership membership, String base) {
        var section = section("Last audit events", "dashboard-audit");
        List<AuditEntry> events = auditTrail.tenantEvents(membership.tenantId(), AuditFilter.ANY, 0, 10);
        if (events.isEmpty()) {
            section.add(new Paragraph("Nothing recorded yet."));
        } else {
            var list = new UnorderedList();
            list.getElement().setAttribute("aria-label", "Last audit events");
            for (AuditEntry event : events) {
                list.add(new ListItem(TIME.format(event.time()) + " · " + event.actionLabel()
                        + (event.target() == null ? "" : " · " + event.target())
                        + " · " + (event.actorName() == null ? "unknown" : event.actorName())
                        + (AuditEvent.SUCCESS.equals(event.outcome()) ? "" : " · failed")
                        + (event.detail() == null ? "" : " · " + event.detail())));
            }
            section.add(list);
        }
        section.add(new Anchor(base + "/audit", "Open the audit trail"));
        return section;
    }

    private static Section section(String title, String className) {
        var section = new Section(new H2(title));
        section.addClassName(className);
        return section;
    }

    private static UnorderedList names(List<String> names, String label) {
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-label", label);
        names.forEach(name -> list.add(new ListItem(name)));
        return list;
    }

    private static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
