package com.sendclean.portal.account;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The profile page: own password and two-factor sign-in. */
public class ProfilePage {

    private final Page page;

    public ProfilePage(Page page) {
        this.page = page;
    }

    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your profile"));
    }

    public Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Starts the enrolment; returns the secret shown for manual entry. */
    public String startEnrolment() {
        button("Set up two-factor sign-in").click();
        page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app")).waitFor();
        return page.locator(".totp-secret").textContent().replace(" ", "");
    }

    public void confirmEnrolment(String code) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code")).fill(code);
        button("Turn on").click();
    }

    public Locator recoveryCodes() {
        return page.locator(".recovery-codes li");
    }
}
