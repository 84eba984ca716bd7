package com.sendclean.portal.admin;

import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.stepup.StepUpDialog;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantRoleSelect;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one memberships dialog of platform administration, seen from a tenant (its members; grant to a user) or from a
 * user (their tenants; grant in a tenant). Each row is a membership; the combo box chooses the other side.
 *
 * @param <R> a membership row as the side it is opened from sees it
 * @param <C> what the combo box chooses: a user or a tenant
 */
final class MembershipDialog<R, C> extends Dialog {

    /** How one side names and changes memberships. */
    record Side<R, C>(String rowHeader, Function<R, String> rowName, Function<R, TenantRole> rowRole,
                      Supplier<List<R>> rows, Consumer<R> revoke, Function<R, String> revokeLabel,
                      String choiceLabel, List<C> choices, Function<C, String> choiceName,
                      BiConsumer<C, TenantRole> grant, BiFunction<C, TenantRole, String> granted) {
    }

    private final Grid<R> grid = new Grid<>();

    MembershipDialog(String title, StepUpService stepUp, Side<R, C> side) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        grid.addColumn(row -> side.rowName().apply(row)).setHeader(side.rowHeader()).setFlexGrow(1);
        grid.addColumn(row -> side.rowRole().apply(row).label()).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(row -> {
            var revoke = new Button("Remove member", click -> {
                try {
                    side.revoke().accept(row);
                } catch (InvalidInputException refused) {
                    // e.g. the tenant's last Admin: the service says why
                    Notifications.error(refused.getMessage());
                }
                grid.setItems(side.rows().get());
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel(side.revokeLabel().apply(row));
            return revoke;
        }).setHeader("Actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(title);
        grid.setItems(side.rows().get());

        var choice = new ComboBox<C>(side.choiceLabel());
        choice.setItems(side.choices());
        choice.setItemLabelGenerator(side.choiceName()::apply);
        var role = TenantRoleSelect.labelled(TenantRole.ADMIN);
        var grant = new Button("Add member", click -> {
            if (choice.getValue() == null) {
                choice.setErrorMessage("Choose a " + side.choiceLabel().toLowerCase() + ".");
                choice.setInvalid(true);
                return;
            }
            choice.setInvalid(false);
            C chosen = choice.getValue();
            TenantRole chosenRole = role.getValue();
            // granting a membership gives access to a tenant: a recent password entry first
            StepUpDialog.ifNeeded(stepUp, () -> {
                try {
                    side.grant().accept(chosen, chosenRole);
                    Notifications.success(side.granted().apply(chosen, chosenRole));
                } catch (InvalidInputException refused) {
                    Notifications.error(refused.getMessage());
                }
                grid.setItems(side.rows().get());
            });
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var grantRow = new HorizontalLayout(choice, role, grant);
        grantRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        grantRow.setWrap(true);
        add(new VerticalLayout(grid, grantRow));
        getFooter().add(new Button("Close", click -> close()));
    }
}
