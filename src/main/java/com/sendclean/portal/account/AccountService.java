package com.sendclean.portal.account;

import com.sendclean.portal.security.SignInThrottle;
import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.InputLimits;
import com.sendclean.portal.security.PasswordPolicy;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.SecurityClock;
import com.sendclean.portal.security.SessionAuthentication;
import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserAccountRepository;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person's own account: password changes and what sign-in must ask of them. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AccountSecurityRepository accountSecurity;
    private final SessionAuthentication sessionAuthentication;
    private final SecurityClock clock;
    private final AuditLog auditLog;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                   CurrentUser currentUser, AccountSecurityRepository accountSecurity,
                   SessionAuthentication sessionAuthentication, SecurityClock clock, AuditLog auditLog,
                   SignInThrottle throttle, ApplicationEventPublisher events) {
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.accountSecurity = accountSecurity;
        this.sessionAuthentication = sessionAuthentication;
        this.clock = clock;
    }

    /** Whether the signed-in user must replace an initial or reset password before doing anything else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.findById(currentUser.require().id()).map(UserAccount::mustChangePassword).orElse(false);
    }

    /**
     * Replaces the signed-in user's password. Every other session of the user ends; this one goes on.
     *
     * @throws PasswordChangeRefusedException with a message for the form when the current password is wrong or the
     *     new one breaks the policy
     */
    @PreAuthorize("isAuthenticated()")
    // a refusal must not roll back the failure it counted
    @Transactional(noRollbackFor = PasswordChangeRefusedException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        PortalUser user = currentUser.require();
        UserAccount account = accounts.findById(user.id()).orElseThrow(() -> new PasswordChangeRefusedException(
                PasswordChangeRefusedException.Field.CURRENT, "Your account no longer exists."));
        // the current password is a password check like sign-in's: a taken-over session must not guess it here
        if (throttle.isBlocked(account.username())) {
            throw new PasswordChangeRefusedException(PasswordChangeRefusedException.Field.CURRENT,
                    "Too many wrong passwords. Wait a few minutes and try again.");
        }
        if (currentPassword == null || currentPassword.length() > InputLimits.MAX_PASSWORD_INPUT
                || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throttle.recordFailure(account.username());
            throw new PasswordChangeRefusedException(PasswordChangeRefusedException.Field.CURRENT,
                    "The current password is not correct.");
        }
        Optional<String> problem = passwordPolicy.check(account.username(), newPassword);
        if (problem.isPresent()) {
            throw new PasswordChangeRefusedException(PasswordChangeRefusedException.Field.NEW, problem.get());
        }
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new PasswordChangeRefusedException(PasswordChangeRefusedException.Field.NEW,
                    "Choose a password different from the current one.");
        }
        accounts.updatePassword(account.id(), passwordEncoder.encode(newPassword), false);
        sessionAuthentication.keepCurrentSession(accountSecurity.endSessions(account.id()), clock.now());
        auditLog.record(AuditEvent.success(AuditAction.PASSWORD_CHANGED, null, account.username()));
        events.publishEvent(new OwnPasswordChanged(account.id(), account.username()));
    }
}
