package com.sendclean.portal.account;

import com.sendclean.portal.security.PasswordPolicy;
import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserAccountRepository;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for the services that may do so (platform administration, a tenant admin adding a member). It
 * checks input but not authority: its callers are services that have already checked who is asking. Views never
 * call it (see ArchitectureTest).
 */
@Component
public class UserRegistration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    UserRegistration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
    }

    /**
     * Creates an account whose initial password must be changed at the first sign-in.
     *
     * @throws InvalidInputException with a {@link NewUserField}
     */
    public UserId registerWithInitialPassword(String username, String initialPassword) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(NewUserField.USERNAME,
                    "Use 3 to 64 letters, digits, dots, dashes, underscores or @ signs.");
        }
        if (accounts.existsByUsername(name)) {
            throw new InvalidInputException(NewUserField.USERNAME, "This user name is not available. Choose another.");
        }
        Optional<String> problem = passwordPolicy.check(name, initialPassword);
        if (problem.isPresent()) {
            throw new InvalidInputException(NewUserField.PASSWORD, problem.get());
        }
        return accounts.insert(name, passwordEncoder.encode(initialPassword), false, true);
    }

    public Optional<String> usernameOf(UserId id) {
        return accounts.findById(id).map(UserAccount::username);
    }
}
