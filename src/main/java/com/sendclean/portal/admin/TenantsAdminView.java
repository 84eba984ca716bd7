package com.sendclean.portal.admin;

import com.sendclean.portal.smtpusers.SharedSmtpUserCounts;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.account.UserSummary;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.Member;
import com.sendclean.portal.tenant.Tenant;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.ui.NarrowWidth;
import com.sendclean.portal.ui.Notifications;
import com.sendclean.portal.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Platform administrators create, rename, deactivate and reactivate tenants and decide who belongs to them. */
@Route(TenantsAdminView.PATH)
@PageTitle("Tenants · Administration · SendClean Portal")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class TenantsAdminView extends Main {

    static final String PATH = "admin/tenants";

    private final TenantAdministrationService tenants;
    private final UserAdministrationService users;
    private final StepUpService stepUp;
    private boolean narrow;
    private final Grid<Tenant> grid = new Grid<>();

    TenantsAdminView(TenantAdministrationService tenants, UserAdministrationService users, StepUpService stepUp,
                     SharedSmtpUserCounts counts) {
        this.tenants = tenants;
        this.stepUp = stepUp;
        this.users = users;
        addClassName("page");

        var create = new Button("Create tenant", VaadinIcon.PLUS.create(), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new PageHeader("Tenants", create);

        grid.addComponentColumn(this::nameCell).setHeader("Name").setComparator(Tenant::name).setSortable(true)
                .setFlexGrow(1);
        var slug = grid.addColumn(Tenant::slug).setHeader("URL name").setSortable(true).setAutoWidth(true);
        var status = grid.addColumn(TenantsAdminView::status).setHeader("Status").setAutoWidth(true);
        // counts only from the shared copies members' sessions already loaded, never a SendClean call (issue 16)
        grid.addColumn(tenant -> counts.sharedCounts(tenant.id()).map(c -> Integer.toString(c.total())).orElse("—"))
                .setHeader("SMTP users").setAutoWidth(true);
        grid.addColumn(tenant -> counts.sharedCounts(tenant.id()).map(c -> Long.toString(c.enabled())).orElse("—"))
                .setHeader("Enabled").setAutoWidth(true);
        grid.addColumn(tenant -> counts.sharedCounts(tenant.id()).map(c -> Long.toString(c.disabled())).orElse("—"))
                .setHeader("Disabled").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("Tenants");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // on a tablet the URL name and status move below the name, so the actions keep their full labels
        NarrowWidth.watch(grid, isNarrow -> {
            narrow = isNarrow;
            slug.setVisible(!isNarrow);
            status.setVisible(!isNarrow);
            grid.getDataProvider().refreshAll();
        });
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tenants.listTenants());
    }

    private Div nameCell(Tenant tenant) {
        var cell = new Div(new Span(tenant.name()));
        if (narrow) {
            var line = new Span(tenant.slug() + " · " + status(tenant));
            line.addClassName("cell-second-line");
            cell.add(line);
        }
        return cell;
    }

    private static String status(Tenant tenant) {
        return tenant.active() ? "Active" : "Deactivated";
    }

    private Div actions(Tenant tenant) {
        var rename = new Button("Rename", click -> openRenameDialog(tenant));
        rename.setAriaLabel("Rename " + tenant.name());
        var members = new Button("Members", click -> openMembersDialog(tenant));
        members.setAriaLabel("Members of " + tenant.name());
        var toggle = new Button(tenant.active() ? "Deactivate" : "Reactivate", click -> {
            tenants.setActive(tenant.id(), !tenant.active());
            Notifications.success(tenant.name() + (tenant.active() ? " was deactivated." : " was reactivated."));
            refresh();
        });
        toggle.setAriaLabel((tenant.active() ? "Deactivate " : "Reactivate ") + tenant.name());
        for (Button button : new Button[] {rename, members, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        var actions = new Div(rename, members, toggle);
        actions.addClassName("grid-actions");
        return actions;
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Create tenant");
        var form = TenantForm.forNewTenant();
        dialog.add(form);
        var save = new Button("Create", click -> {
            form.clearErrors();
            TenantForm.TenantInput typed = form.write();
            try {
                tenants.createTenant(typed.name(), typed.chosenSlug());
                dialog.close();
                Notifications.success(typed.name().strip() + " was created.");
                refresh();
            } catch (InvalidInputException refused) {
                form.showError(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        form.focus();
    }

    private void openRenameDialog(Tenant tenant) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Rename " + tenant.name());
        var form = TenantForm.forRename(tenant);
        dialog.add(form);
        var save = new Button("Rename", click -> {
            form.clearErrors();
            String name = form.write().name();
            try {
                tenants.rename(tenant.id(), name);
                dialog.close();
                Notifications.success("Renamed to " + name.strip() + ".");
                refresh();
            } catch (InvalidInputException refused) {
                form.showError(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void openMembersDialog(Tenant tenant) {
        new MembershipDialog<>("Members of " + tenant.name(), stepUp, new MembershipDialog.Side<Member, UserSummary>(
                "User", Member::username, Member::role,
                () -> tenants.members(tenant.id()), member -> tenants.revoke(tenant.id(), member.userId()),
                member -> "Remove member " + member.username() + " from " + tenant.name(),
                "User", users.listUsers(), UserSummary::username,
                (user, role) -> tenants.grant(tenant.id(), user.id(), role),
                (user, role) -> user.username() + " is now " + role.label() + " of " + tenant.name() + ".")).open();
    }
}
