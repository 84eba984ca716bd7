package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.smtpusers.SmtpUserChanged;
import com.sendclean.portal.smtpusers.SmtpUserChanges;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.ui.BatchedAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Keeps one open screen up to date with changes other sessions make on its tenant. It listens to
 * {@link SmtpUserChanged} only while the screen is attached, and only for the tenant shown. Changes are collected for a
 * {@link LiveUpdateWindow} and shown in one access to the screen, off the publisher's thread; each is read
 * from the shared copy and pushed as one row, briefly highlighted; a row the user is editing is not overwritten but
 * marked.
 * When the shared copy does not hold the change yet (it came from another instance), the screen lists again, which
 * all screens on the tenant share as one SendClean call.
 * <p>
 * While attached it also looks at the tenant's shared copy now and then, outside the session lock: that keeps the
 * copy fresh (an old one is re-listed in the background) and updates the line saying how old the list is.
 */
final class LiveRows {

    /** Shows what {@code listing} lists, then runs {@code then} with the result. */
    interface Reloader {
        void reload(Supplier<CompletableFuture<SmtpUserSnapshot>> listing, Consumer<SmtpUserSnapshot> then);
    }

    private final SmtpUserChanges changes;
    private final SecurityContextHolderStrategy security;
    private final SmtpUserService smtpUsers;
    private final SmtpUserGrid grid;
    private final LimitEditor editor;
    private final Reloader reloader;
    private final Runnable onShown;
    private final Consumer<SmtpUserSnapshot> sharedCopySeen;
    private ScheduledFuture<?> ticking;
    private UI ui;
    private SecurityContext viewer;
    private volatile TenantId followed;
    private Registration registration;
    /** Other sessions' changes on their way to this screen, shown together once per {@link LiveUpdateWindow}. */
    private volatile BatchedAccess<SmtpUserChanged> batches;

    LiveRows(SmtpUserChanges changes, SecurityContextHolderStrategy security, SmtpUserService smtpUsers,
             SmtpUserGrid grid, LimitEditor editor, Reloader reloader, Runnable onShown,
             Consumer<SmtpUserSnapshot> sharedCopySeen) {
        this.sharedCopySeen = sharedCopySeen;
        this.changes = changes;
        this.security = security;
        this.smtpUsers = smtpUsers;
        this.grid = grid;
        this.editor = editor;
        this.reloader = reloader;
        this.onShown = onShown;
    }

    /** Any thread, as a batch starts: wider the more screens of the tenant are open here ({@link LiveUpdateWindow}). */
    private Duration batchWindow() {
        TenantId tenant = followed;
        return LiveUpdateWindow.STANDARD.forScreens(tenant == null ? 1 : changes.listenerCount(tenant));
    }

    /** Called in the screen's attach, in a request of its own session, whose signed-in user it remembers. */
    void attach(UI attachedTo) {
        this.ui = attachedTo;
        this.batches = new BatchedAccess<>(attachedTo, this::batchWindow, this::show);
        this.viewer = security.getContext();
        if (ticking == null) {
            ticking = changes.tickEvery(this::tick);
        }
    }

    /** On the ticker's thread: looks at the shared copy (never waiting for SendClean), then updates the screen. */
    private void tick() {
        UI target = ui;
        TenantId tenant = followed;
        if (target == null || tenant == null || !target.isAttached()) {
            return;
        }
        try {
            Optional<SmtpUserSnapshot> shared = asViewer(() -> smtpUsers.findSharedCopyKeptFresh(tenant));
            target.access(() -> {
                if (tenant.equals(followed)) {
                    adoptNewer(shared.orElse(null));
                    onShown.run(); // counts and age of the rows shown, then what the shared copy adds
                    sharedCopySeen.accept(shared.orElse(null));
                }
            });
        } catch (RuntimeException failure) {
            // membership revoked, session gone: the screen's next request says so; nothing to show here
        }
    }

    void follow(TenantId tenant) {
        if (tenant.equals(followed) && registration != null) {
            return;
        }
        stop();
        followed = tenant;
        if (ui != null) {
            registration = changes.subscribe(tenant, this::received);
        }
    }

    /**
     * Shows a newer listing that a background re-list brought, unless the user is editing, saving or has selected
     * rows; then the screen keeps its rows (and says how old they are) until the next look.
     */
    private void adoptNewer(SmtpUserSnapshot shared) {
        SmtpUserSnapshot shown = grid.snapshot();
        if (shared != null && shown != null && shared.fetchedAt().isAfter(shown.fetchedAt()) && !editor.isOpen()
                && !grid.isBusy()) {
            grid.show(shared);
        }
    }

    void detach() {
        stop();
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        ui = null;
    }

    private void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** Any thread: the change joins the screen's next batch. */
    private void received(SmtpUserChanged change) {
        BatchedAccess<SmtpUserChanged> target = batches;
        if (ui != null && ui.isAttached() && target != null) {
            target.add(change);
        }
    }

    /** In the screen's session lock: the latest change of each row in the batch, as the screen's own user. */
    private void show(List<SmtpUserChanged> batch) {
        Map<String, SmtpUserChanged> latest = new LinkedHashMap<>();
        batch.forEach(change -> latest.merge(change.smtpUserName(), change,
                (held, later) -> later.version() >= held.version() ? later : held));
        asViewer(() -> {
            // one look at the shared copy for the whole batch: it is the same copy for every row of it
            Map<TenantId, Optional<SmtpUserSnapshot>> copies = new HashMap<>();
            boolean anyShown = false;
            for (SmtpUserChanged change : latest.values()) {
                anyShown |= apply(change, () -> copies.computeIfAbsent(change.tenant(), smtpUsers::findSharedCopy));
            }
            if (anyShown) {
                onShown.run(); // the counts once for the batch, not once per row
            }
            return null;
        });
    }

    /** @return whether the row was shown from the shared copy (the counts are then due) */
    private boolean apply(SmtpUserChanged change, Supplier<Optional<SmtpUserSnapshot>> sharedCopy) {
        if (!change.tenant().equals(followed) || grid.isSaving(change.smtpUserName())) {
            // another tenant by now, or this screen's own save, which shows itself when confirmed
            return false;
        }
        String name = change.smtpUserName();
        SmtpUserSnapshot shown = grid.snapshot();
        if (shown != null && shown.find(name).isPresent() && shown.version(name) >= change.version()) {
            // this screen already shows that version: its own change, confirmed before the event got here
            return false;
        }
        Optional<SmtpUserSnapshot> copy = sharedCopy.get()
                .filter(shared -> shared.find(name).isPresent() && shared.version(name) >= change.version());
        if (copy.isEmpty()) {
            // one listing for all screens of the tenant on this instance, whichever asks first
            TenantId tenant = change.tenant();
            reloader.reload(() -> changes.relistOnce(tenant, () -> smtpUsers.listAsync(tenant, false)),
                    loaded -> grid.markChanged(name, true));
            return false;
        }
        if (shown == null || shown.find(name).isEmpty()) {
            // a new row (a user created elsewhere): the whole list is shown again, as after a listing
            SmtpUserSnapshot listed = copy.get();
            reloader.reload(() -> CompletableFuture.completedFuture(listed), loaded -> grid.markChanged(name, true));
            return false;
        }
        if (editor.isEditing(name)) {
            grid.keep(copy.get());
            editor.markChangedElsewhere();
        } else {
            grid.showRow(copy.get(), name);
            grid.markChanged(name, true);
        }
        return true;
    }

    private <T> T asViewer(java.util.function.Supplier<T> action) {
        SecurityContext previous = security.getContext();
        security.setContext(viewer != null ? viewer : previous);
        try {
            return action.get();
        } finally {
            security.setContext(previous);
        }
    }
}
