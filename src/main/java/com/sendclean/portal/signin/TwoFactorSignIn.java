package com.sendclean.portal.signin;

import com.sendclean.portal.security.PortalAuthentication;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.PortalUserDetailsService;
import com.sendclean.portal.security.SessionAuthentication;
import com.sendclean.portal.security.SignInThrottle;
import com.sendclean.portal.security.TwoFactorPendingAuthentication;
import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserAccountRepository;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.twofactor.SecondFactorCheck;
import com.sendclean.portal.twofactor.TotpEnrolmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The second sign-in step: turns a {@link TwoFactorPendingAuthentication} into a full {@link PortalAuthentication}
 * when the code is right. Wrong codes count towards the account's throttle, and the account's counter is cleared
 * only here, when the whole sign-in has succeeded.
 */
@Component
class TwoFactorSignIn {

    private static final Logger log = LoggerFactory.getLogger(TwoFactorSignIn.class);

    /** @param recoveryCodesLeft unused recovery codes, when one was just used; otherwise -1 */
    record Completed(int recoveryCodesLeft) {}

    private final SessionAuthentication sessionAuthentication;
    private final SecondFactorCheck secondFactor;
    private final SignInThrottle throttle;
    private final UserAccountRepository accounts;
    private final TotpEnrolmentRepository enrolments;
    private final SignInAudit audit;

    TwoFactorSignIn(SessionAuthentication sessionAuthentication, SecondFactorCheck secondFactor,
                    SignInThrottle throttle, UserAccountRepository accounts, TotpEnrolmentRepository enrolments,
                    SignInAudit audit) {
        this.audit = audit;
        this.sessionAuthentication = sessionAuthentication;
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.accounts = accounts;
        this.enrolments = enrolments;
    }

    /** @throws TwoFactorRefusedException with a message for the code field */
    Completed complete(String code) {
        TwoFactorPendingAuthentication pending = sessionAuthentication.current()
                .filter(TwoFactorPendingAuthentication.class::isInstance)
                .map(TwoFactorPendingAuthentication.class::cast)
                .orElseThrow(() -> new AccessDeniedException("No sign-in is waiting for a second factor"));
        UserId id = pending.userId();
        String username = pending.getName();
        if (throttle.isBlocked(username)) {
            audit.throttled(username);
            throw new TwoFactorRefusedException("Too many wrong codes. Wait a few minutes and try again.");
        }
        var factor = secondFactor.verify(id, code);
        var account = accounts.findById(id).filter(UserAccount::active);
        if (factor.isEmpty() || account.isEmpty()) {
            throttle.recordFailure(username);
            log.info("Wrong second-factor code for user id {}", id);
            audit.failed(username, "BAD_SECOND_FACTOR", "Wrong second-factor code");
            throw new TwoFactorRefusedException("The code is not correct.");
        }
        throttle.recordSuccess(throttle.fromCurrentClient(username));
        if (factor.get() == SecondFactorCheck.Factor.RECOVERY_CODE) {
            audit.recoveryCodeUsed(id, username);
        }
        audit.succeeded(id, username);
        PortalUser user = PortalUserDetailsService.toPrincipal(account.get());
        user.eraseCredentials();
        sessionAuthentication.replace(
                new PortalAuthentication(user, pending.signedInAt(), pending.signedInAt(), pending.sessionEpoch()));
        sessionAuthentication.rotateSessionId();
        return new Completed(factor.get() == SecondFactorCheck.Factor.RECOVERY_CODE ? enrolments.unusedRecoveryCodes(id) : -1);
    }
}
