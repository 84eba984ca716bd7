package com.sendclean.portal.account;

import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserAccountRepository;
import com.sendclean.portal.security.UserId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the documented demo users of the local profile, with the well-known demo password and no forced change.
 * The bean exists only when {@code portal.demo.enabled=true}, so production has no way to make such accounts.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
public class DemoAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** The demo user's id, creating the account if it does not exist yet. */
    public UserId ensure(String username, String password) {
        return accounts.findByUsername(username)
                .map(UserAccount::id)
                .orElseGet(() -> accounts.insert(username, passwordEncoder.encode(password), false, false));
    }
}
