package com.sendclean.portal.admin;

import java.util.stream.Stream;
import com.sendclean.portal.stepup.StepUpDialog;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.account.UserSummary;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.Tenant;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantMembership;
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

/** Platform administrators create users, deactivate and reactivate them, reset passwords and manage memberships. */
@Route(UsersAdminView.PATH)
@PageTitle("Users · Administration · SendClean Portal")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class UsersAdminView extends Main {

    static final String PATH = "admin/users";

    private final UserAdministrationService users;
    private final TenantAdministrationService tenants;
    private final StepUpService stepUp;
    private final Grid<UserSummary> grid = new Grid<>();
    private boolean narrow;

    UsersAdminView(UserAdministrationService users, TenantAdministrationService tenants, StepUpService stepUp) {
        this.users = users;
        this.stepUp = stepUp;
        this.tenants = tenants;
        addClassName("page");

        var create = new Button("Create user", VaadinIcon.PLUS.create(), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new PageHeader("Users", create);

        grid.addComponentColumn(this::userCell).setHeader("User").setComparator(UserSummary::username)
                .setSortable(true).setFlexGrow(1);
        var authority = grid.addColumn(UsersAdminView::authority).setHeader("Authority").setAutoWidth(true);
        var status = grid.addColumn(UsersAdminView::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("Users");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // on a tablet the authority and status move below the name, so the actions keep their full labels
        NarrowWidth.watch(grid, isNarrow -> {
            narrow = isNarrow;
            authority.setVisible(!isNarrow);
            status.setVisible(!isNarrow);
            grid.getDataProvider().refreshAll();
        });
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }

    private Div userCell(UserSummary user) {
        var cell = new Div(new Span(user.username()));
        if (narrow) {
            String second = String.join(" · ", Stream.of(authority(user), status(user))
                    .filter(text -> !text.isEmpty()).toList());
            var line = new Span(second);
            line.addClassName("cell-second-line");
            cell.add(line);
        }
        return cell;
    }

    private static String authority(UserSummary user) {
        return user.platformAdmin() ? "Platform administrator" : "";
    }

    private static String status(UserSummary user) {
        return (user.active() ? "Active" : "Deactivated") + (user.mustChangePassword() ? ", must change password" : "");
    }

    private Div actions(UserSummary user) {
        var toggle = new Button(user.active() ? "Deactivate" : "Reactivate", click -> {
            try {
                users.setActive(user.id(), !user.active());
                Notifications.success(user.username() + (user.active() ? " was deactivated." : " was reactivated."));
            } catch (InvalidInputException refused) {
                Notifications.error(refused.getMessage());
            }
            refresh();
        });
        toggle.setAriaLabel((user.active() ? "Deactivate " : "Reactivate ") + user.username());
        var reset = new Button("Reset password", click -> openResetDialog(user));
        reset.setAriaLabel("Reset password of " + user.username());
        var memberships = new Button("Memberships", click -> openMembershipsDialog(user));
        memberships.setAriaLabel("Memberships of " + user.username());
        for (Button button : new Button[] {toggle, reset, memberships}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        var actions = new Div(memberships, reset, toggle);
        actions.addClassName("grid-actions");
        return actions;
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Create user");
        var form = new NewUserForm(true);
        dialog.add(form);
        var save = new Button("Create", click -> {
            form.clearErrors();
            NewUserForm.NewUser typed = form.write();
            try {
                users.createUser(typed.username(), typed.password());
                dialog.close();
                Notifications.success(typed.username().strip() + " was created.");
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

    private void openResetDialog(UserSummary user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Reset password of " + user.username());
        var form = new NewUserForm(false);
        dialog.add(form);
        var save = new Button("Reset password", click -> StepUpDialog.ifNeeded(stepUp, () -> {
            form.clearErrors();
            try {
                users.resetPassword(user.id(), form.write().password());
                dialog.close();
                Notifications.success(user.username() + " must choose a new password at the next sign-in.");
                refresh();
            } catch (InvalidInputException refused) {
                form.showError(refused);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void openMembershipsDialog(UserSummary user) {
        new MembershipDialog<>("Memberships of " + user.username(), stepUp, new MembershipDialog.Side<TenantMembership, Tenant>(
                "Tenant", membership -> membership.tenant().name(), TenantMembership::role,
                () -> tenants.membershipsOf(user.id()), membership -> tenants.revoke(membership.tenantId(), user.id()),
                membership -> "Remove member " + user.username() + " from " + membership.tenant().name(),
                "Tenant", tenants.listTenants(), Tenant::name,
                (tenant, role) -> tenants.grant(tenant.id(), user.id(), role),
                (tenant, role) -> user.username() + " is now " + role.label() + " of " + tenant.name() + ".")).open();
    }
}
