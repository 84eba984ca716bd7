package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The line that says how old the list on the screen is ("Listed from SendClean 2 minutes ago"), and, when re-listing
 * that copy in the background failed, that it did and why, since the list may then be out of date.
 */
final class CopyAge extends Span {

    private final Clock clock;
    private SmtpUserSnapshot shown;
    private SmtpUserSnapshot.RefreshFailure failure;

    CopyAge() {
        this(Clock.systemUTC());
    }

    CopyAge(Clock clock) {
        this.clock = clock;
        addClassName("smtp-copy-age");
        setVisible(false);
    }

    /** The copy the rows come from; null when none is shown. */
    void show(SmtpUserSnapshot snapshot) {
        if (snapshot == null || shown == null || !snapshot.fetchedAt().equals(shown.fetchedAt())) {
            failure = null;
        }
        shown = snapshot;
        render();
    }

    /** What the shared copy says now: a re-list that failed after the listing on the screen is shown. */
    void sharedCopy(SmtpUserSnapshot shared) {
        if (shown != null && shared != null && !shared.fetchedAt().isBefore(shown.fetchedAt())) {
            // re-listing failed since the rows shown were listed: they may be out of date
            failure = shared.refreshFailure().orElse(null);
        }
        render();
    }

    private void render() {
        setVisible(shown != null);
        if (shown == null) {
            setText("");
            return;
        }
        String text = "Listed from SendClean " + ago(shown.fetchedAt()) + ".";
        if (failure != null) {
            text += " Listing again " + ago(failure.at()) + " failed: " + failure.message();
        }
        setText(text);
        getElement().setAttribute("data-stale", failure != null ? "refresh-failed" : "no");
    }

    private String ago(Instant then) {
        long minutes = Math.max(0, Duration.between(then, clock.instant()).toMinutes());
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes < 60) {
            return minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
        }
        long hours = minutes / 60;
        return hours == 1 ? "1 hour ago" : hours + " hours ago";
    }

    Optional<SmtpUserSnapshot> shown() {
        return Optional.ofNullable(shown);
    }
}
