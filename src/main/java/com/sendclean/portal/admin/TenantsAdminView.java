package com.sendclean.portal.admin;

import com.sendclean.portal.security.Roles;
import com.sendclean.portal.security.UserAdministrationService;
import com.sendclean.portal.security.UserSummary;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.Member;
import com.sendclean.portal.tenant.Tenant;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantRoleSelect;
import com.sendclean.portal.ui.Notifications;
import com.sendclean.portal.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
    private final Grid<Tenant> grid = new Grid<>();

    TenantsAdminView(TenantAdministrationService tenants, UserAdministrationService users,
                     com.sendclean.portal.smtpusers.SmtpUserService smtpUsers) {
        this.tenants = tenants;
        this.users = users;
        addClassName("page");

        var create = new Button("Create tenant", VaadinIcon.PLUS.create(), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new PageHeader("Tenants", create);

        grid.addColumn(Tenant::name).setHeader("Name").setSortable(true).setFlexGrow(1);
        grid.addColumn(Tenant::slug).setHeader("URL name").setSortable(true).setAutoWidth(true);
        grid.addColumn(tenant -> tenant.active() ? "Active" : "Deactivated").setHeader("Status").setAutoWidth(true);
        // issue 16: counts only from the shared copies members' sessions already loaded, never a SendClean call
        grid.addColumn(tenant -> smtpUsers.sharedCounts(tenant.id()).map(c -> Integer.toString(c.total())).orElse("—"))
                .setHeader("SMTP users").setAutoWidth(true);
        grid.addColumn(tenant -> smtpUsers.sharedCounts(tenant.id()).map(c -> Long.toString(c.enabled())).orElse("—"))
                .setHeader("Enabled").setAutoWidth(true);
        grid.addColumn(tenant -> smtpUsers.sharedCounts(tenant.id()).map(c -> Long.toString(c.disabled())).orElse("—"))
                .setHeader("Disabled").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setAriaLabel("Tenants");
        grid.setAllRowsVisible(true);
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tenants.listTenants());
    }

    private HorizontalLayout actions(Tenant tenant) {
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
        return new HorizontalLayout(rename, members, toggle);
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Create tenant");
        var name = new TextField("Name");
        name.setMaxLength(TenantAdministrationService.MAX_NAME_LENGTH);
        name.setRequired(true);
        var slug = new TextField("URL name");
        slug.setMaxLength(63);
        slug.setRequired(false);
        slug.setHelperText("Used in links (/t/<URL name>); it never changes. Leave empty to use the suggestion.");
        // the suggestion is a placeholder, not a value, so it never overwrites what the user is typing
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        name.addValueChangeListener(change -> slug.setPlaceholder(TenantAdministrationService.suggestSlug(change.getValue())));
        dialog.add(new VerticalLayout(name, slug));
        var save = new Button("Create", click -> {
            name.setInvalid(false);
            slug.setInvalid(false);
            try {
                String chosenSlug = slug.getValue().isBlank()
                        ? TenantAdministrationService.suggestSlug(name.getValue()) : slug.getValue();
                tenants.createTenant(name.getValue(), chosenSlug);
                dialog.close();
                Notifications.success(name.getValue().strip() + " was created.");
                refresh();
            } catch (InvalidInputException refused) {
                TextField field = "slug".equals(refused.field()) ? slug : name;
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void openRenameDialog(Tenant tenant) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Rename " + tenant.name());
        var name = new TextField("Name");
        name.setMaxLength(TenantAdministrationService.MAX_NAME_LENGTH);
        name.setValue(tenant.name());
        name.setHelperText("The URL name stays " + tenant.slug() + ".");
        dialog.add(name);
        var save = new Button("Rename", click -> {
            try {
                tenants.rename(tenant.id(), name.getValue());
                dialog.close();
                Notifications.success("Renamed to " + name.getValue().strip() + ".");
                refresh();
            } catch (InvalidInputException refused) {
                name.setErrorMessage(refused.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void openMembersDialog(Tenant tenant) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Members of " + tenant.name());
        dialog.setWidth("min(40rem, 95vw)");
        var memberGrid = new Grid<Member>();
        memberGrid.addColumn(Member::username).setHeader("User").setFlexGrow(1);
        memberGrid.addColumn(member -> member.role().label()).setHeader("Role").setAutoWidth(true);
        memberGrid.addComponentColumn(member -> {
            var revoke = new Button("Revoke", click -> {
                tenants.revoke(tenant.id(), member.userId());
                memberGrid.setItems(tenants.members(tenant.id()));
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel("Revoke membership of " + member.username());
            return revoke;
        }).setHeader("Actions").setAutoWidth(true);
        memberGrid.setAllRowsVisible(true);
        memberGrid.setAriaLabel("Members of " + tenant.name());
        memberGrid.setItems(tenants.members(tenant.id()));

        var user = new ComboBox<UserSummary>("User");
        user.setItems(users.listUsers());
        user.setItemLabelGenerator(UserSummary::username);
        var role = TenantRoleSelect.labelled(TenantRole.ADMIN);
        var grant = new Button("Grant", click -> {
            if (user.getValue() == null) {
                user.setErrorMessage("Choose a user.");
                user.setInvalid(true);
                return;
            }
            user.setInvalid(false);
            tenants.grant(tenant.id(), user.getValue().id(), role.getValue());
            Notifications.success(user.getValue().username() + " is now " + role.getValue().label() + " of " + tenant.name() + ".");
            memberGrid.setItems(tenants.members(tenant.id()));
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var grantRow = new HorizontalLayout(user, role, grant);
        grantRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        grantRow.setWrap(true);
        dialog.add(new VerticalLayout(memberGrid, grantRow));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }
}
