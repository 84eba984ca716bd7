package com.sendclean.portal.credentials;

import com.vaadin.flow.component.UI;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.ui.BackgroundTasks;
import com.sendclean.portal.stepup.StepUpDialog;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.tenant.TenantPage;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantService;
import com.sendclean.portal.ui.ConfirmDialog;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A tenant's ADMINs store, test and remove the SendClean credentials. The token is write-only: the page only ever
 * shows that one is set and its last four characters.
 */
@Route("t/:slug/" + CredentialsView.PATH)
@PermitAll
public class CredentialsView extends TenantPage {

    static final String PATH = "credentials";
    private static final CredentialsInput BLANK = new CredentialsInput("", "", "");

    private final CredentialsService credentials;
    private final StepUpService stepUp;
    private final Paragraph status = new Paragraph();
    private final CredentialsForm form = new CredentialsForm();
    private final Div result = new Div();
    private final BackgroundTasks tasks;
    private final Button test = new Button("Test connection");

    CredentialsView(TenantService tenantService, CredentialsService credentials, StepUpService stepUp,
                    BackgroundTasks tasks) {
        super(tenantService);
        this.credentials = credentials;
        this.stepUp = stepUp;
        this.tasks = tasks;
        // once: the page is reused across tenants, and show() runs on each visit
        test.addClickListener(click -> StepUpDialog.ifNeeded(stepUp, this::test));
    }

    @Override
    protected TenantRole requiredRole() {
        return TenantRole.ADMIN;
    }

    @Override
    protected String pageTitle() {
        return "SendClean credentials";
    }

    @Override
    protected void show(TenantMembership membership) {
        // Vaadin reuses this page when the user switches tenants: nothing typed or shown for the last one may stay
        form.read(BLANK);
        result.setText("");

        var save = new Button("Save", click -> StepUpDialog.ifNeeded(stepUp, this::save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the test may send the stored token, so it needs the same recent password entry as Save
        test.setEnabled(true);
        var remove = new Button("Remove credentials", click -> new ConfirmDialog("Remove credentials",
                "Remove the SendClean credentials of " + membership.tenant().name()
                        + "? The portal can then no longer manage its SMTP users until someone enters them again.",
                "Remove", this::remove).open());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        result.addClassName("connection-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");

        var buttons = new HorizontalLayout(save, test, remove);
        buttons.setWrap(true);
        add(new H1("SendClean credentials"), status, form, buttons, result);
        refreshStatus();
    }

    private void refreshStatus() {
        CredentialsStatus current = credentials.status(membership().tenantId());
        status.removeClassNames("status-warning", "status-error");
        switch (current.state()) {
            case NONE -> status.setText("No credentials are stored yet. Enter the owner ID, API token and app domain "
                    + "from your SendClean account.");
            case STORED -> status.setText("Credentials are stored: owner ID " + ending(current.ownerIdLastFour())
                    + ", API token " + ending(current.tokenLastFour()) + ", app domain " + current.appDomain()
                    + ", saved " + when(current) + ". Leave a field empty to keep what is stored.");
            case REFUSED -> {
                status.setText("SendClean refused the stored token. Enter a new API token (and owner ID if it changed) "
                        + "and save.");
                status.addClassName("status-error");
            }
            case UNREADABLE -> {
                status.setText("The stored credentials cannot be read: the portal's encryption key changed or they "
                        + "were altered in the database. Enter the owner ID and API token again.");
                status.addClassName("status-error");
            }
        }
        form.setHelperTexts(current.isStored() ? "Leave empty to keep the stored owner ID. A new app domain needs "
                + "it typed again: the stored one is only sent to " + current.appDomain() + "." : null,
                current.isStored() ? "Leave empty to keep the stored token. A new app domain needs it "
                + "typed again: the stored one is only sent to " + current.appDomain() + "." : null);
        if (!form.hasAppDomain() && current.appDomain() != null) {
            form.setAppDomain(current.appDomain());
        }
    }

    private void save() {
        form.clearErrors();
        try {
            credentials.save(membership().tenantId(), form.write());
            form.clearSecrets();
            result.setText("");
            Notifications.success("Credentials saved.");
            refreshStatus();
        } catch (InvalidInputException invalid) {
            form.showError(invalid);
        }
    }

    /** Off the UI thread: SendClean may take its whole deadline; the answer is dropped if the user moved on. */
    private void test() {
        form.clearErrors();
        TenantId tenant = membership().tenantId();
        CredentialsInput typed = form.write();
        test.setEnabled(false);
        result.setText("Testing…");
        result.removeClassNames("status-ok", "status-error");
        tasks.run(UI.getCurrent(), () -> credentials.testConnection(tenant, typed), outcome -> {
            test.setEnabled(true);
            if (membership() == null || !tenant.equals(membership().tenantId())) {
                return;
            }
            outcome.invalidFields().forEach(field -> form.showError(field, outcome.message()));
            result.setText(outcome.message());
            result.addClassName(outcome.worked() ? "status-ok" : "status-error");
            refreshStatus();
        }, failure -> {
            test.setEnabled(true);
            result.setText("");
            Notifications.error(failure.getMessage());
        });
    }

    private void remove() {
        StepUpDialog.ifNeeded(stepUp, this::removeConfirmed);
    }

    private void removeConfirmed() {
        credentials.remove(membership().tenantId());
        form.read(BLANK);
        result.setText("");
        Notifications.success("Credentials removed.");
        refreshStatus();
    }

    private static String ending(String lastFour) {
        return lastFour == null || lastFour.isEmpty() ? "set" : "ending in " + lastFour;
    }

    private static String when(CredentialsStatus status) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(status.updatedAt());
    }
}
