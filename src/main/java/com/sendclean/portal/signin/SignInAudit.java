package com.sendclean.portal.signin;

import com.sendclean.portal.security.InputLimits;
import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserAccountRepository;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.audit.Actor;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditActor;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-in events for the audit trail. A failed or throttled sign-in names the account only when the typed name is
 * one; otherwise nothing of what was typed is kept, since people type their password into the name field.
 */
@Component
class SignInAudit {

    private final AuditLog auditLog;
    private final UserAccountRepository accounts;

    SignInAudit(AuditLog auditLog, UserAccountRepository accounts) {
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    void succeeded(UserId id, String username) {
        Actor actor = new Actor(id.value(), username);
        auditLog.record(AuditEvent.success(AuditAction.SIGN_IN_SUCCEEDED, null, username).by(actor));
    }

    void failed(String typedName, String kind, String detail) {
        refused(AuditAction.SIGN_IN_FAILED, typedName, kind, detail);
    }

    void throttled(String typedName) {
        refused(AuditAction.SIGN_IN_THROTTLED, typedName, "THROTTLED", "Paused after too many failures");
    }

    void recoveryCodeUsed(UserId id, String username) {
        auditLog.record(AuditEvent.success(AuditAction.RECOVERY_CODE_USED, null, username)
                .by(new Actor(id.value(), username)));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof AuditActor user) {
            auditLog.record(AuditEvent.success(AuditAction.SIGNED_OUT, null, user.getUsername())
                    .by(new Actor(user.auditUserId(), user.getUsername())));
        }
    }

    private void refused(AuditAction action, String typedName, String kind, String detail) {
        var account = typedName == null || typedName.isEmpty() || typedName.length() > InputLimits.MAX_USERNAME_INPUT
                ? Optional.<UserAccount>empty() : accounts.findByUsername(typedName);
        Actor actor = account.map(found -> new Actor(found.id().value(), found.username())).orElse(Actor.NONE);
        auditLog.record(AuditEvent.failure(action, null, account.map(UserAccount::username).orElse(null), kind,
                account.isPresent() ? detail : detail + " (no such account)").by(actor));
    }
}
