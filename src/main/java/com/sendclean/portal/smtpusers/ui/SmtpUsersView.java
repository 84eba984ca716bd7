package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.credentials.CredentialsUnavailableException;
import com.sendclean.portal.credentials.CredentialsView;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.BulkChangeRunner;
import com.sendclean.portal.smtpusers.FailureMessages;
import com.sendclean.portal.smtpusers.LimitInput;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SmtpUserChanges;
import com.sendclean.portal.smtpusers.SmtpUserRowHistory;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.sendclean.portal.smtpusers.SmtpUsersCsvExport;
import com.sendclean.portal.smtpusers.SnapshotDifference;
import com.sendclean.portal.smtpusers.StaleEditException;
import com.sendclean.portal.stepup.StepUpDialog;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.tenant.TenantLinks;
import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.tenant.TenantPage;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantService;
import com.sendclean.portal.ui.BackgroundTasks;
import com.sendclean.portal.ui.ConfirmDialog;
import com.sendclean.portal.ui.NarrowWidth;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The screen the portal exists for: a tenant's SMTP users ({@link SmtpUserGrid}) fed from the shared copy of
 * SendClean's list, with inline limit editing ({@link LimitEditor}), status switches, password reveal and reset
 * ({@link SecretDialog}), creation ({@link AddSmtpUserDialog}) and live updates ({@link LiveRows}). Vaadin reuses this
 * instance when the user switches tenants, so the components are built once and {@link #show} resets every piece of
 * state; every background task is bound to the tenant it was started for, and a late result for another drops out.
 */
@Route("t/:slug/" + SmtpUsersView.PATH)
@PermitAll
@StyleSheet("styles/smtp-users.css")
class SmtpUsersView extends TenantPage implements SmtpUserGrid.RowActions, AfterNavigationObserver {

    static final String PATH = "smtp-users";

    private final SmtpUserService smtpUsers;
    private final TenantTasks tasks;
    private final StepUpService stepUp;
    private final LiveRows live;
    private final SmtpUsersCockpit cockpit;

    private final H1 heading = new H1("SMTP users");
    private final ListSummary summary = new ListSummary();
    private final SmtpUserSearchField search = new SmtpUserSearchField();
    /** The view's actions; features add their buttons here. */
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final Button add = new Button("Add SMTP user", VaadinIcon.PLUS.create(), click -> openAddDialog());
    private final ProgressBar loading = new ProgressBar();
    private final SmtpUserGrid grid = new SmtpUserGrid(search::getValue);
    private final LimitEditor editor = new LimitEditor(grid, this::saveLimit);

    private boolean canEdit;
    private boolean isAdmin;
    private Registration resizeRegistration;
    private int width = Integer.MAX_VALUE;

    SmtpUsersView(TenantService tenantService, SmtpUserService smtpUsers, BackgroundTasks tasks, StepUpService stepUp,
                  SmtpUserChanges changes, SecurityContextHolderStrategy security, SmtpUsersCsvExport csvExport,
                  BulkChangeRunner bulkRunner, ObjectProvider<SmtpUserRowHistory> rowHistory) {
        super(tenantService);
        this.cockpit = new SmtpUsersCockpit(csvExport, bulkRunner, tasks, rowHistory, toolbar, grid);
        this.smtpUsers = smtpUsers;
        this.tasks = new TenantTasks(tasks);
        this.stepUp = stepUp;
        this.live = new LiveRows(changes, security, smtpUsers, grid, editor, this::load, this::updateCounts, summary::sharedCopy);
        addClassName("smtp-users-view");

        search.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            updateCounts();
        });
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> load(true, null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toolbar.add(search, refresh, add);
        toolbar.addClassName("smtp-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        loading.setIndeterminate(true);
        loading.getElement().setAttribute("aria-label", "Loading SMTP users");
    }

    @Override
    protected TenantRole requiredRole() {
        return TenantRole.VIEWER;
    }

    @Override
    protected String pageTitle() {
        return "SMTP users";
    }

    @Override
    protected void show(TenantMembership membership) {
        tasks.visit(membership.tenantId(), membership.tenant().name());
        canEdit = membership.allows(TenantRole.OPERATOR);
        isAdmin = membership.allows(TenantRole.ADMIN);
        editor.cancel();
        grid.clear();
        search.clear();
        summary.clear();
        add.setVisible(canEdit);
        cockpit.offerHistory(membership, () -> load(false, null));
        grid.configure(membership.tenant().name(), canEdit, editor, this);
        var bulkBar = cockpit.show(membership, canEdit, search::getValue, () -> load(false, null));
        grid.applyWidth(width);
        add(heading, summary.counts(), summary.age(), toolbar, loading, summary.state(), summary.notice(), summary.listProblems());
        if (bulkBar != null) {
            add(bulkBar);
        }
        add(grid);
        live.follow(membership.tenantId());
        load(false, null);
    }

    /** "Find SMTP user" on /accounts opens this screen filtered to one user with {@code ?search=name}. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("search").ifPresent(search::setValue);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        live.attach(ui);
        if (membership() != null) {
            live.follow(membership().tenantId());
        }
        // the grid's own width decides, so a landscape tablet with the drawer open folds too
        if (resizeRegistration == null) {
            resizeRegistration = NarrowWidth.watch(grid,
                    narrow -> grid.applyWidth(width = narrow ? 0 : NarrowWidth.BREAKPOINT));
        }
        var details = ui.getPage().getExtendedClientDetails(); // sent with the page since Vaadin 25
        editor.setTouch(details != null && details.isTouchDevice());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.detach();
        if (resizeRegistration != null) {
            resizeRegistration.remove();
            resizeRegistration = null;
        }
        super.onDetach(detachEvent);
    }

    /** Lists the users; {@code then}, if any, runs after a successful listing (e.g. to highlight what changed). */
    private void load(boolean refresh, Consumer<SmtpUserSnapshot> then) {
        TenantId tenant = membership().tenantId();
        load(() -> smtpUsers.listAsync(tenant, refresh), then);
    }

    private void load(Supplier<CompletableFuture<SmtpUserSnapshot>> listing, Consumer<SmtpUserSnapshot> then) {
        loading.setVisible(true);
        tasks.runAsync(listing, loaded -> {
            loading.setVisible(false);
            grid.show(loaded);
            cockpit.listed(membership());
            updateCounts();
            summary.showListProblems(loaded);
            if (then != null) {
                then.accept(loaded);
            }
        }, failure -> {
            loading.setVisible(false);
            grid.show(null);
            updateCounts();
            String message = FailureMessages.of(failure);
            if (failure instanceof CredentialsUnavailableException && !isAdmin) {
                message += " Ask an Admin of this account to enter them.";
            }
            summary.showFailure(message, FailureMessages.concernsCredentials(failure) && isAdmin
                            ? TenantLinks.url(CredentialsView.class, membership().tenant().slug()) : null,
                    failure instanceof CredentialsUnavailableException ? null : () -> load(true, null));
        });
    }

    @Override
    public void edit(SmtpUser user, LimitKind kind) {
        if (canEdit && !grid.isSaving(user.name())) {
            editor.open(grid.currentVersion(user), kind);
        }
    }

    private void saveLimit(SmtpUser user, LimitKind kind, int shown, int value) {
        TenantId tenant = membership().tenantId();
        grid.markSaving(user.name(), true);
        tasks.run(() -> {
            smtpUsers.changeLimit(tenant, user.name(), kind, value, shown);
            return null;
        }, done -> {
            showSaved(user.name());
            Notifications.success(kind.label() + " of " + user.name() + " is now " + LimitInput.format(value) + ".");
        }, failure -> {
            grid.markSaving(user.name(), false);
            if (failure instanceof StaleEditException stale) {
                // nothing was sent; the user decides with both values in view
                new ConfirmDialog("Changed meanwhile", stale.getMessage(), "Save",
                        () -> saveLimit(grid.currentVersion(user), kind, stale.to(), value)).open();
                return;
            }
            if (failure instanceof SendCleanException.OutcomeUnknown) {
                relistAndHighlight(failure.getMessage());
                return;
            }
            showFailure(failure);
            // the old value is back in the row; offer the typed one again
            editor.reopen(grid.currentVersion(user), kind, LimitInput.format(value), FailureMessages.of(failure));
        });
    }

    @Override
    public void setEnabled(SmtpUser user, boolean enabled) {
        if (!canEdit || grid.isSaving(user.name())) {
            grid.markSaving(user.name(), false);
            return;
        }
        TenantId tenant = membership().tenantId();
        grid.markSaving(user.name(), true);
        tasks.run(() -> {
            smtpUsers.setEnabled(tenant, user.name(), enabled);
            return null;
        }, done -> {
            showSaved(user.name());
            Notifications.success(user.name() + (enabled ? " is enabled." : " is disabled."));
        }, failure -> {
            grid.markSaving(user.name(), false);
            showFailureOrRelist(failure);
        });
    }

    @Override
    public void reveal(SmtpUser user) {
        // revealing (and so copying) a password needs a recent password entry; the dialog asks when it is stale
        StepUpDialog.ifNeeded(stepUp, () -> {
            TenantId tenant = membership().tenantId();
            tasks.run(() -> smtpUsers.revealPassword(tenant, user.name()),
                    password -> SecretDialog.password(user.name(), password, copied(user.name())).open(),
                    this::showFailure);
        });
    }

    @Override
    public void confirmReset(SmtpUser user) {
        new ConfirmDialog("Reset password",
                "Give " + user.name() + " a new password? Programs that send with the old one stop working until "
                        + "they use the new one.", "Reset password", () -> StepUpDialog.ifNeeded(stepUp, () -> reset(user))).open();
    }

    private void reset(SmtpUser user) {
        TenantId tenant = membership().tenantId();
        grid.markSaving(user.name(), true);
        tasks.run(() -> smtpUsers.resetPassword(tenant, user.name()), reset -> {
            showSaved(user.name());
            SecretDialog.newPassword(reset, copied(reset.name())).open();
        }, failure -> {
            grid.markSaving(user.name(), false);
            showFailureOrRelist(failure);
        });
    }

    private void openAddDialog() {
        TenantId tenant = membership().tenantId();
        new AddSmtpUserDialog((total, hourly, onCreated, onFailure) ->
                tasks.run(() -> smtpUsers.create(tenant, total, hourly), onCreated, onFailure),
                created -> {
                    SecretDialog.created(created, copied(created.name())).open();
                    load(false, loaded -> grid.markChanged(created.name(), true));
                }, failure -> {
                    if (failure instanceof SendCleanException.OutcomeUnknown) {
                        relistAndHighlight(failure.getMessage());
                    } else {
                        showFailure(failure);
                        load(true, null);
                    }
                }).open();
    }

    /** SendClean may or may not have done it: say so, list again, highlight what differs (never "try again"). */
    private void relistAndHighlight(String message) {
        SmtpUserSnapshot before = grid.snapshot();
        summary.showNotice(message);
        Notifications.error(message);
        load(true, after -> SnapshotDifference.changedNames(before, after).forEach(name -> grid.markChanged(name, true)));
    }

    private Consumer<String> copied(String smtpUserName) {
        return CopiedPasswords.recorder(smtpUsers, membership().tenantId(), smtpUserName, this::showFailure);
    }

    /**
     * The shared copy already holds this portal's change: send just that row, without another round trip. The row stays
     * where it is until the next refresh, even when sorted by the changed column, so nothing jumps away.
     */
    private void showSaved(String name) {
        grid.markSaving(name, false);
        smtpUsers.findSharedCopy(membership().tenantId()).ifPresentOrElse(copy -> {
            grid.showRow(copy, name);
            updateCounts();
        }, () -> load(false, null));
    }

    private void updateCounts() {
        summary.show(grid.snapshot(), search.getValue(), canEdit);
    }

    private void showFailureOrRelist(RuntimeException failure) {
        if (failure instanceof SendCleanException.OutcomeUnknown) {
            relistAndHighlight(failure.getMessage());
        } else {
            showFailure(failure);
        }
    }

    private void showFailure(RuntimeException failure) {
        FailureNotification.show(failure, "", isAdmin, membership().tenant().slug());
    }
}
