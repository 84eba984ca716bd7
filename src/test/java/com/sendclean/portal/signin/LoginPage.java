package com.sendclean.portal.signin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in page as a user sees it. */
public class LoginPage {

    private final Page page;

    public LoginPage(Page page) {
        this.page = page;
    }

    public LoginPage open(String baseUrl) {
        page.navigate(baseUrl + "/login");
        username().waitFor();
        return this;
    }

    public void signIn(String username, String password) {
        username().fill(username);
        // getByLabel("Password") also matches LoginForm's show-password button
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    public Locator username() {
        return page.getByLabel("Username");
    }

    public Locator errorMessage() {
        return page.getByText("Incorrect username or password");
    }
}
