package com.sendclean.portal.accounts;

import com.sendclean.portal.ui.BackgroundTasks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Find SMTP user" on the accounts overview: searches names in every account of the user in the background and lists
 * the matches with their account; a match opens the account's SMTP users filtered to that user.
 */
final class SmtpUserFinder {

    private final AccountsService accounts;
    private final BackgroundTasks tasks;
    private final TextField field = new TextField("Find SMTP user");
    private final Div results = new Div();
    private int generation;

    SmtpUserFinder(AccountsService accounts, BackgroundTasks tasks) {
        this.accounts = accounts;
        this.tasks = tasks;
        field.setPlaceholder("e.g. smtp48213");
        field.setMaxLength(100);
        field.setClearButtonVisible(true);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> search(change.getValue()));
        results.addClassName("smtp-user-matches");
        results.getElement().setAttribute("aria-live", "polite");
        results.setVisible(false);
    }

    TextField field() {
        return field;
    }

    Div results() {
        return results;
    }

    private void search(String text) {
        int mine = ++generation;
        if (text == null || text.isBlank()) {
            results.removeAll();
            results.setVisible(false);
            return;
        }
        results.removeAll();
        results.add(new Paragraph("Searching every account…"));
        results.setVisible(true);
        UI ui = UI.getCurrent();
        tasks.run(ui, () -> accounts.find(text), found -> {
            if (mine == generation) {
                show(found);
            }
        }, failure -> {
            if (mine == generation) {
                results.removeAll();
                results.add(new Paragraph("The search did not finish; try again."));
            }
        });
    }

    private void show(SmtpUserSearch found) {
        results.removeAll();
        int count = found.matches().size();
        var summary = new Paragraph(count == 0 ? "No SMTP user found."
                : count + (count == 1 ? " SMTP user found" : " SMTP users found") + (found.truncated() ? " (showing the first "
                + AccountsService.MAX_MATCHES + ")" : "") + ".");
        summary.getElement().setAttribute("role", "status");
        results.add(summary);
        if (count > 0) {
            var list = new UnorderedList();
            list.getElement().setAttribute("aria-label", "SMTP users found");
            for (SmtpUserMatch match : found.matches()) {
                var link = new Anchor("t/" + match.accountSlug() + "/smtp-users?search="
                        + URLEncoder.encode(match.smtpUserName(), StandardCharsets.UTF_8),
                        match.smtpUserName() + " in " + match.accountName() + (match.enabled() ? "" : " (disabled)"));
                list.add(new ListItem(link));
            }
            results.add(list);
        }
        for (String problem : found.unsearched()) {
            results.add(new Paragraph("Not searched: " + problem));
        }
    }
}
