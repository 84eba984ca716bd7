package com.sendclean.portal.accounts;

import java.util.regex.Pattern;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The accounts overview at /accounts as a reseller sees it. */
class AccountsPage {

    private final Page page;

    AccountsPage(Page page) {
        this.page = page;
    }

    Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts").setExact(true));
    }

    Locator account(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A grid cell with exactly this text (letters and digits), e.g. a count or a credentials state. */
    Locator cell(String text) {
        // the pattern runs in the browser, where Java's \\Q...\\E quoting does not exist
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + text + "\\s*$")));
    }

    Locator findSmtpUser() {
        return page.getByLabel("Find SMTP user", new Page.GetByLabelOptions().setExact(true));
    }

    Locator match(String smtpUser, String account) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(smtpUser + " in " + account));
    }

    Locator searchStatus() {
        return page.locator(".smtp-user-matches [role=status]");
    }
}
