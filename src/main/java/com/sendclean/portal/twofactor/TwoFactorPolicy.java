package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.security.UserId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Who must use two-factor sign-in, and who has it. Read fresh from the database on every question. */
@Component
public class TwoFactorPolicy {

    private final AccountSecurityRepository accounts;
    private final TotpEnrolmentRepository enrolments;
    private final ObjectProvider<TwoFactorRequirement> requirements;

    public TwoFactorPolicy(AccountSecurityRepository accounts, TotpEnrolmentRepository enrolments,
                    ObjectProvider<TwoFactorRequirement> requirements) {
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.requirements = requirements;
    }

    /** Whether the user has a confirmed authenticator; then every sign-in asks for a code. */
    public boolean isEnrolled(UserId user) {
        return enrolments.isConfirmed(user);
    }

    public boolean isRequiredBySelf(UserId user) {
        return accounts.twoFactorRequiredBySelf(user);
    }

    /** Whether the user must have two-factor sign-in: by their own choice or by a tenant they belong to. */
    public boolean isRequired(UserId user) {
        return isRequiredBySelf(user) || requirements.orderedStream().anyMatch(r -> r.requiresTwoFactor(user));
    }
}
