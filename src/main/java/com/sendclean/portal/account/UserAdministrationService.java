package com.sendclean.portal.account;

import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PasswordPolicy;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserAccountRepository;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform administration of accounts: create, deactivate, reactivate, reset a password. */
@Service
@PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
public class UserAdministrationService {

    private final UserAccountRepository accounts;
    private final UserRegistration registration;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AccountSecurityRepository accountSecurity;
    private final AuditLog auditLog;
    private final StepUpService stepUp;

    UserAdministrationService(UserAccountRepository accounts, UserRegistration registration,
                              PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, CurrentUser currentUser,
                              AccountSecurityRepository accountSecurity, AuditLog auditLog, StepUpService stepUp) {
        this.auditLog = auditLog;
        this.stepUp = stepUp;
        this.accountSecurity = accountSecurity;
        this.accounts = accounts;
        this.registration = registration;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return accounts.findAll().stream().map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findUser(UserId id) {
        return accounts.findById(id).map(UserSummary::of);
    }

    /** Creates a user who must change the initial password at the first sign-in. */
    @Transactional
    public UserId createUser(String username, String initialPassword) {
        UserId id = registration.registerWithInitialPassword(username, initialPassword);
        auditLog.record(AuditEvent.success(AuditAction.USER_CREATED, null, username.strip()));
        return id;
    }

    /** A deactivated user's sessions end at their next request, on every portal instance. */
    @Transactional
    public void setActive(UserId id, boolean active) {
        if (!active && currentUser.require().id().equals(id)) {
            throw new InvalidInputException("You cannot deactivate your own account.");
        }
        UserAccount account = requireExisting(id);
        accounts.updateActive(id, active);
        auditLog.record(AuditEvent.success(active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED, null,
                account.username()));
        if (!active) {
            accountSecurity.endSessions(id);
        }
    }

    /** Sets a new initial password that the user must change at the next sign-in; their sessions end. */
    @Transactional
    public void resetPassword(UserId id, String initialPassword) {
        stepUp.requireFresh();
        UserAccount account = requireExisting(id);
        passwordPolicy.check(account.username(), initialPassword).ifPresent(problem -> {
            throw new InvalidInputException(NewUserField.PASSWORD, problem);
        });
        accounts.updatePassword(id, passwordEncoder.encode(initialPassword), true);
        accountSecurity.endSessions(id);
        auditLog.record(AuditEvent.success(AuditAction.USER_PASSWORD_RESET, null, account.username()));
    }

    private UserAccount requireExisting(UserId id) {
        return accounts.findById(id).orElseThrow(() -> new InvalidInputException("This user no longer exists."));
    }
}
