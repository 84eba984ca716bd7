package com.sendclean.portal.tenant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;

/** A tenant's start page: which account this is, the user's role, and the pages they may open. */
@Route("t/:slug")
@PermitAll
class TenantHomeView extends TenantPage {

    private final ObjectProvider<TenantMenuEntry> entries;

    TenantHomeView(TenantService tenantService, ObjectProvider<TenantMenuEntry> entries) {
        super(tenantService);
        this.entries = entries;
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
        var links = new UnorderedList();
        links.addClassName("tenant-links");
        entries.orderedStream()
                .filter(entry -> !entry.pathSuffix().isEmpty() && membership.allows(entry.requiredRole()))
                .sorted(Comparator.comparingInt(TenantMenuEntry::order))
                .forEach(entry -> {
                    var anchor = new Anchor(entry.pathFor(membership.tenant().slug()), entry.title());
                    links.add(new ListItem(anchor));
                });
        add(new H1(membership.tenant().name()),
                new Paragraph("Your role in this account: " + membership.role().label() + "."),
                links);
    }
}
