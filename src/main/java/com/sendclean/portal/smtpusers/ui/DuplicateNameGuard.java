package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.sendclean.portal.ui.Notifications;
import java.util.function.Supplier;

/**
 * Refuses every row action on a name SendClean lists more than once, before anything is sent: SendClean's API
 * addresses SMTP users by name only, so the portal cannot say which entry an edit, a status switch, a reveal or a
 * reset would reach. The grid also shows those rows' buttons disabled; this covers a click that arrives anyway.
 */
final class DuplicateNameGuard implements SmtpUserGrid.RowActions {

    private final SmtpUserGrid.RowActions actions;
    private final Supplier<SmtpUserSnapshot> shown;

    DuplicateNameGuard(SmtpUserGrid.RowActions actions, Supplier<SmtpUserSnapshot> shown) {
        this.actions = actions;
        this.shown = shown;
    }

    static boolean isDuplicated(SmtpUserSnapshot snapshot, SmtpUser user) {
        return snapshot != null && snapshot.isDuplicated(user.name());
    }

    private boolean refused(SmtpUser user) {
        if (!isDuplicated(shown.get(), user)) {
            return false;
        }
        Notifications.error(SmtpUserService.listedMoreThanOnce(user.name()));
        return true;
    }

    @Override
    public void reveal(SmtpUser user) {
        if (!refused(user)) {
            actions.reveal(user);
        }
    }

    @Override
    public void confirmReset(SmtpUser user) {
        if (!refused(user)) {
            actions.confirmReset(user);
        }
    }

    @Override
    public void setEnabled(SmtpUser user, boolean enabled) {
        if (!refused(user)) {
            actions.setEnabled(user, enabled);
        }
    }

    @Override
    public void edit(SmtpUser user, LimitKind kind) {
        if (!refused(user)) {
            actions.edit(user, kind);
        }
    }
}
