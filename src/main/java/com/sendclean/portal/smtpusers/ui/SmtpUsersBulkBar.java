package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.BulkChange;
import com.sendclean.portal.smtpusers.BulkChangeRunner;
import com.sendclean.portal.smtpusers.BulkProgress;
import com.sendclean.portal.smtpusers.FailureMessages;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.ui.BackgroundTasks;
import com.sendclean.portal.ui.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Bulk actions on the SMTP users screen for OPERATORs and ADMINs: a checkbox per row ("Select smtp123"), "Select all
 * matching the filter", the buttons "Enable", "Disable", "Set total limit" and "Set hourly limit", a confirmation that
 * names the count and the change, a progress bar with done/failed/remaining, "Cancel the rest", and a summary of the
 * failures with SendClean's message and "Retry failed". Self-contained: the screen adds {@link #selectColumn()} to
 * its grid and this bar above it.
 */
final class SmtpUsersBulkBar extends Div {

    private final BulkChangeRunner runner;
    private final BackgroundTasks tasks;
    private final TenantId tenantId;
    private final Supplier<Stream<String>> matchingFilter;
    private final Runnable refreshRows;
    private final Set<String> selected = new LinkedHashSet<>();
    private final Span count = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancelRest = new Button("Cancel the rest");
    private final Div summary = new Div();
    private final List<Button> actions;
    private volatile boolean cancelled;
    private boolean running;

    SmtpUsersBulkBar(BulkChangeRunner runner, BackgroundTasks tasks, TenantId tenantId,
                     Supplier<Stream<String>> matchingFilter, Runnable refreshRows) {
        this.runner = runner;
        this.tasks = tasks;
        this.tenantId = tenantId;
        this.matchingFilter = matchingFilter;
        this.refreshRows = refreshRows;
        addClassName("smtp-bulk-bar");
        var selectAll = new Button("Select all matching the filter", click -> {
            matchingFilter.get().forEach(selected::add);
            changed();
        });
        var clear = new Button("Clear selection", click -> {
            selected.clear();
            changed();
        });
        actions = List.of(
                new Button("Enable", click -> confirm(List.copyOf(selected), BulkChange.enable())),
                new Button("Disable", click -> confirm(List.copyOf(selected), BulkChange.disable())),
                new Button("Set total limit", click -> askLimit(LimitKind.TOTAL)),
                new Button("Set hourly limit", click -> askLimit(LimitKind.HOURLY)));
        count.getElement().setAttribute("aria-live", "polite");
        var row = new HorizontalLayout(count, selectAll, clear);
        actions.forEach(row::add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", "Bulk change progress");
        progressText.getElement().setAttribute("role", "status");
        progressText.addClassName("bulk-progress-text");
        cancelRest.addClickListener(click -> {
            cancelled = true;
            cancelRest.setEnabled(false);
        });
        var progressRow = new HorizontalLayout(progress, progressText, cancelRest);
        progressRow.setAlignItems(FlexComponent.Alignment.CENTER);
        progressRow.setWidthFull();
        progressRow.setFlexGrow(1, progress);
        progressRow.addClassName("bulk-progress");
        progressRow.setVisible(false);
        summary.addClassName("bulk-summary");
        summary.setVisible(false);
        add(row, progressRow, summary);
        changed();
    }

    /** The grid column with one labelled checkbox per row. */
    LitRenderer<SmtpUser> selectColumn() {
        return LitRenderer.<SmtpUser>of("<vaadin-checkbox accessible-name=\"Select ${item.name}\" .checked=\"${item.selected}\" "
                        + "@change=\"${e => toggle(e.target.checked)}\"></vaadin-checkbox>")
                .withProperty("name", SmtpUser::name)
                .withProperty("selected", user -> selected.contains(user.name()))
                .withFunction("toggle", (user, args) -> {
                    if (args.get(0).asBoolean()) {
                        selected.add(user.name());
                    } else {
                        selected.remove(user.name());
                    }
                    changed();
                });
    }

    private void changed() {
        count.setText(selected.size() + " selected");
        actions.forEach(button -> button.setEnabled(!selected.isEmpty() && !running));
    }

    private void askLimit(LimitKind kind) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(kind.label() + " for " + selected.size() + " SMTP users");
        var field = new IntegerField(kind.label());
        field.setMin(1);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText(SmtpUserService.LIMIT_RULE);
        var next = new Button("Continue", click -> {
            Integer value = field.getValue();
            if (value == null || value < 1) {
                field.setInvalid(true);
                field.setErrorMessage(SmtpUserService.LIMIT_RULE);
                return;
            }
            dialog.close();
            confirm(List.copyOf(selected), BulkChange.limit(kind, value));
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), next);
        dialog.open();
        field.focus();
    }

    private void confirm(List<String> names, BulkChange change) {
        if (names.isEmpty()) {
            return;
        }
        String users = names.size() == 1 ? "1 SMTP user" : names.size() + " SMTP users";
        new ConfirmDialog(change.describe() + ": " + users, change.describeFor(users) + "?",
                change.describeFor(users), () -> start(names, change)).open();
    }

    private void start(List<String> names, BulkChange change) {
        running = true;
        cancelled = false;
        changed();
        summary.setVisible(false);
        cancelRest.setEnabled(true);
        progress.getParent().ifPresent(row -> row.setVisible(true));
        show(new BulkProgress(names.size(), 0, List.of(), 0, 0, false));
        UI ui = UI.getCurrent();
        tasks.run(ui, () -> runner.run(tenantId, names, change, () -> cancelled,
                step -> ui.access(() -> show(step))), result -> finish(result, change), failure -> {
            running = false;
            changed();
            progressText.setText(FailureMessages.of(failure));
        });
    }

    private void show(BulkProgress step) {
        int total = Math.max(1, step.requested());
        progress.setValue((double) (step.requested() - step.remaining()) / total);
        progressText.setText(step.summary());
    }

    private void finish(BulkProgress result, BulkChange change) {
        running = false;
        show(result);
        cancelRest.setEnabled(false);
        selected.clear();
        result.failures().forEach(failure -> selected.add(failure.name()));
        changed();
        refreshRows.run();
        summary.removeAll();
        summary.add(new Paragraph(change.describe() + ": " + result.done() + " changed, " + result.failed() + " failed"
                + (result.skipped() > 0 ? ", " + result.skipped() + " already set" : "")
                + (result.cancelled() > 0 ? ", " + result.cancelled() + " cancelled" : "") + "."));
        if (!result.failures().isEmpty()) {
            var list = new UnorderedList();
            list.getElement().setAttribute("aria-label", "Failed changes");
            result.failures().forEach(failure -> list.add(new ListItem(failure.name() + ": " + failure.message())));
            List<String> failed = result.failures().stream().map(BulkProgress.Failure::name).toList();
            summary.add(list, new Button("Retry failed", click -> start(failed, change)));
        }
        summary.setVisible(true);
    }
}
