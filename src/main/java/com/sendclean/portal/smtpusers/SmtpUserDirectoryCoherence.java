package com.sendclean.portal.smtpusers;

import com.sendclean.portal.cluster.ClusterConnectionRestored;
import com.sendclean.portal.cluster.ClusterEvents;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's shared copies of SMTP user lists coherent with the other instances' changes: a change made
 * elsewhere drops the tenant's copy here, so the next reading asks SendClean. This instance's own changes already
 * updated its copy in place, so they leave it alone. After the notification connection was lost, changes may have
 * been missed, so every copy goes.
 */
@Component
class SmtpUserDirectoryCoherence {

    private final SmtpUserDirectory directory;
    private final ClusterEvents cluster;

    SmtpUserDirectoryCoherence(SmtpUserDirectory directory, ClusterEvents cluster) {
        this.directory = directory;
        this.cluster = cluster;
    }

    @EventListener
    void changedElsewhere(SmtpUsersChanged changed) {
        if (cluster.isFromAnotherInstance()) {
            directory.forget(changed.tenant());
        }
    }

    /**
     * A row changed elsewhere: its new value goes into this instance's copy, or the copy goes when the event carries
     * none, before any screen of this instance hears of the row (this listener runs first). The screens then show the
     * row from the copy, or read it from SendClean, and never show the stale value.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void rowChangedElsewhere(SmtpUserChanged changed) {
        if (!cluster.isFromAnotherInstance()) {
            return;
        }
        if (changed.change() == null) {
            directory.forget(changed.tenant());
        } else {
            directory.applyFromElsewhere(changed.tenant(), changed.smtpUserName(), changed.change()::applyTo,
                    changed.version(), changed.change().by());
        }
    }

    @EventListener
    void connectionRestored(ClusterConnectionRestored restored) {
        directory.forgetAll();
    }
}
