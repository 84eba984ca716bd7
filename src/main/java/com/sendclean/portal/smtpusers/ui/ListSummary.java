package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;

/**
 * What the screen says about the list as a whole: the counts, a state that replaces the rows (empty, no match,
 * failure) and a notice above them (an unconfirmed outcome, rows SendClean sent that could not be read).
 */
final class ListSummary {

    private final Span counts = new Span();
    private final Div state = new Div();
    private final Div notice = new Div();
    private final Paragraph listProblems = new Paragraph();
    private final CopyAge age = new CopyAge();

    ListSummary() {
        counts.addClassName("smtp-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        state.addClassName("smtp-state");
        notice.addClassName("smtp-notice");
        notice.getElement().setAttribute("role", "status");
        listProblems.addClassName("smtp-list-problems");
        listProblems.getElement().setAttribute("role", "status");
        listProblems.setVisible(false);
    }

    Component listProblems() {
        return listProblems;
    }

    Component counts() {
        return counts;
    }

    /** How old the shown list is ({@link CopyAge}). */
    Component age() {
        return age;
    }

    /** Re-reads the age line, with what the tenant's shared copy says now (a failed re-list of this listing). */
    void sharedCopy(SmtpUserSnapshot shared) {
        age.sharedCopy(shared);
    }

    Component state() {
        return state;
    }

    Component notice() {
        return notice;
    }

    void clear() {
        counts.setText("");
        state.setVisible(false);
        notice.removeAll();
        notice.setVisible(false);
        listProblems.setVisible(false);
    }

    /** Says which of SendClean's entries the list could not show, or nothing when it shows them all. */
    void showListProblems(SmtpUserSnapshot snapshot) {
        var problems = new ArrayList<String>();
        if (snapshot != null && snapshot.unreadableCount() > 0) {
            problems.add(snapshot.unreadableCount() + (snapshot.unreadableCount() == 1
                    ? " SMTP user could not be read" : " SMTP users could not be read")
                    + " from SendClean's answer and " + (snapshot.unreadableCount() == 1 ? "is" : "are") + " not shown.");
        }
        if (snapshot != null && !snapshot.duplicateNames().isEmpty()) {
            problems.add(duplicates(snapshot));
        }
        listProblems.setText(String.join(" ", problems));
        listProblems.setVisible(!problems.isEmpty());
    }

    /** "SendClean lists smtp1 twice and smtp2 3 times; …": every entry is shown, none can be changed here. */
    private static String duplicates(SmtpUserSnapshot snapshot) {
        String listed = String.join(" and ", snapshot.duplicateNames().stream().map(name -> {
            int times = snapshot.timesListed(name);
            return name + (times == 2 ? " twice" : " " + times + " times");
        }).toList());
        return "SendClean lists " + listed + ". Every entry is shown, but SendClean's API addresses SMTP users by name "
                + "only, so the portal cannot tell which entry a change would reach: these rows cannot be edited, "
                + "switched, revealed or reset here.";
    }

    /** Shows the counts and, when no row is shown, why. */
    void show(SmtpUserSnapshot snapshot, String search, boolean canEdit) {
        age.show(snapshot);
        if (snapshot == null) {
            counts.setText("");
            return;
        }
        int matches = snapshot.count(search);
        boolean searching = search != null && !search.isBlank();
        counts.setText(snapshot.size() + (snapshot.size() == 1 ? " SMTP user · " : " SMTP users · ")
                + snapshot.enabledCount() + " enabled · " + snapshot.disabledCount() + " disabled"
                + (searching ? " · " + matches + " match the search" : ""));
        if (snapshot.size() == 0) {
            showState("There are no SMTP users yet." + (canEdit ? " Use “Add SMTP user” to create one." : ""));
        } else if (matches == 0) {
            showState("No SMTP user matches “" + search.strip() + "”.");
        } else {
            state.setVisible(false);
        }
    }

    void showState(String message, Component... actions) {
        state.removeAll();
        var text = new Paragraph(message);
        text.getElement().setAttribute("role", "status");
        state.add(text);
        state.add(actions);
        state.setVisible(true);
    }

    void showFailure(String message, String credentialsLink, Runnable retry) {
        var actions = new ArrayList<Component>();
        if (credentialsLink != null) {
            actions.add(new Anchor(credentialsLink, "Go to the SendClean credentials"));
        }
        if (retry != null) {
            actions.add(new Button("Try again", click -> retry.run()));
        }
        showState(message, actions.toArray(Component[]::new));
    }

    void showNotice(String message) {
        notice.removeAll();
        notice.add(new Paragraph(message));
        notice.setVisible(true);
    }
}
