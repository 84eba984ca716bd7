package com.sendclean.portal.tenant;

import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.ui.ConfirmDialog;
import com.sendclean.portal.ui.Notifications;
import com.sendclean.portal.ui.PageHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A tenant's ADMINs manage who belongs to the account and in which role. */
@Route("t/:slug/" + MembersView.PATH)
@PermitAll
class MembersView extends TenantPage {

    static final String PATH = "members";

    private final MemberService memberService;
    private final TenantSignInPolicyService signInPolicy;
    private final Grid<Member> grid = new Grid<>();

    MembersView(TenantService tenantService, MemberService memberService, TenantSignInPolicyService signInPolicy) {
        super(tenantService);
        this.memberService = memberService;
        this.signInPolicy = signInPolicy;
    }

    @Override
    protected TenantRole requiredRole() {
        return TenantRole.ADMIN;
    }

    @Override
    protected String pageTitle() {
        return "Members";
    }

    @Override
    protected void show(TenantMembership membership) {
        var add = new Button("Add member", VaadinIcon.PLUS.create(), click -> openAddDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new PageHeader("Members", add);

        grid.removeAllColumns();
        grid.addColumn(Member::username).setHeader("User").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        grid.addColumn(member -> member.active() ? "Active" : "Deactivated").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader("Actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Members of " + membership.tenant().name());

        add(header, new Paragraph("Admins manage credentials and members; Operators manage SMTP users; "
                + "Viewers see SMTP users without their passwords."), requireTwoFactorSwitch(), grid);
        refresh();
    }

    private Checkbox requireTwoFactorSwitch() {
        var required = new Checkbox("Require two-factor sign-in for all members",
                signInPolicy.requiresTwoFactor(membership().tenantId()));
        required.setHelperText("Members without it are asked to set it up before anything else.");
        required.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                signInPolicy.setRequireTwoFactor(membership().tenantId(), change.getValue());
                Notifications.success(change.getValue() ? "Members must now use two-factor sign-in."
                        : "Two-factor sign-in is now optional for members.");
            } catch (InvalidInputException refused) {
                Notifications.error(refused.getMessage());
                required.setValue(change.getOldValue());
            }
        });
        return required;
    }

    private void refresh() {
        grid.setItems(memberService.members(membership().tenantId()));
    }

    private Select<TenantRole> roleSelect(Member member) {
        var select = new TenantRoleSelect(member.role());
        select.setAriaLabel("Role of " + member.username());
        select.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            TenantRole before = change.getOldValue();
            if (memberService.isMe(member.userId()) && before != null && !change.getValue().includes(before)) {
                // demoting yourself may lock you out of this page: ask first, and show the old role until confirmed
                var confirm = new ConfirmDialog("Change your own role",
                        "Make yourself " + change.getValue().label() + " in " + membership().tenant().name()
                                + "? You may lose access to pages you use now.", "Change my role",
                        () -> changeRole(member, select, before, change.getValue()));
                select.setValue(before);
                confirm.open();
                return;
            }
            changeRole(member, select, before, change.getValue());
        });
        return select;
    }

    private void changeRole(Member member, Select<TenantRole> select, TenantRole before, TenantRole after) {
        try {
            memberService.changeRole(membership().tenantId(), member.userId(), after);
            select.setValue(after);
            Notifications.success(member.username() + " is now " + after.label() + ".");
        } catch (InvalidInputException refused) {
            // the select must show the role the member still has, not the refused one
            select.setValue(before);
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    private Button removeButton(Member member) {
        var remove = new Button("Remove member", VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove member " + member.username());
        remove.addClickListener(click -> new ConfirmDialog("Remove member",
                "Remove " + member.username() + " from " + membership().tenant().name() + "?"
                        + (memberService.isMe(member.userId()) ? " You will lose access to this account." : ""),
                "Remove member", () -> {
                    try {
                        memberService.removeMember(membership().tenantId(), member.userId());
                        Notifications.success(member.username() + " was removed.");
                    } catch (InvalidInputException refused) {
                        Notifications.error(refused.getMessage());
                    }
                    refresh();
                }).open());
        return remove;
    }

    private void openAddDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add member");
        var form = new NewMemberForm();
        dialog.add(form);
        var create = new Button("Create member", click -> {
            form.clearErrors();
            NewMemberForm.NewMember typed = form.write();
            try {
                memberService.createMember(membership().tenantId(), typed.username(), typed.password(), typed.role());
                dialog.close();
                Notifications.success(typed.username().strip() + " was added as " + typed.role().label() + ".");
                refresh();
            } catch (InvalidInputException refused) {
                form.showError(refused);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
        form.focus();
    }
}
