package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.security.SecurityClock;
import com.sendclean.portal.security.SignInThrottle;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own two-factor sign-in: enrol, confirm, recovery codes, turn off. */
@Service
@PreAuthorize("hasRole('" + Roles.USER + "')")
public class TwoFactorService {

    /** Longest code the sign-in and enrolment fields accept: a recovery code with its dashes, and some room. */
    public static final int MAX_CODE_LENGTH = 32;


    private final CurrentUser currentUser;
    private final TwoFactorPolicy policy;
    private final TotpEnrolmentRepository enrolments;
    private final AccountSecurityRepository accountSecurity;
    private final TotpAlgorithm totp;
    private final TotpSecretProtector protector;
    private final RecoveryCodes recoveryCodes;
    private final SecondFactorCheck secondFactor;
    private final SignInThrottle throttle;
    private final StepUpService stepUp;
    private final SecurityClock clock;
    private final AuditLog auditLog;

    TwoFactorService(CurrentUser currentUser, TwoFactorPolicy policy, TotpEnrolmentRepository enrolments,
                     AccountSecurityRepository accountSecurity, TotpAlgorithm totp, TotpSecretProtector protector,
                     RecoveryCodes recoveryCodes, SecondFactorCheck secondFactor, SignInThrottle throttle,
                     StepUpService stepUp, SecurityClock clock, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.policy = policy;
        this.enrolments = enrolments;
        this.accountSecurity = accountSecurity;
        this.totp = totp;
        this.protector = protector;
        this.recoveryCodes = recoveryCodes;
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.stepUp = stepUp;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TwoFactorStatus status() {
        UserId me = currentUser.require().id();
        boolean enrolled = policy.isEnrolled(me);
        return new TwoFactorStatus(enrolled, policy.isRequired(me), policy.isRequiredBySelf(me),
                enrolled ? enrolments.unusedRecoveryCodes(me) : 0);
    }

    /** Whether the user must set up two-factor sign-in before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustEnrol() {
        UserId me = currentUser.require().id();
        return !policy.isEnrolled(me) && policy.isRequired(me);
    }

    /** Starts an enrolment with a new secret; it takes effect only once confirmed with a code. */
    @Transactional
    public TotpEnrolment startEnrolment() {
        stepUp.requireFresh();
        PortalUser me = currentUser.require();
        if (policy.isEnrolled(me.id())) {
            throw new InvalidInputException("Two-factor sign-in is already on. Turn it off first to change the app.");
        }
        String secret = totp.newSecret();
        enrolments.startUnconfirmed(me.id(), protector.protect(secret, me.id()));
        return new TotpEnrolment(secret, totp.qrCodeDataUri(secret, me.getUsername()));
    }

    /**
     * Confirms the started enrolment with a code from the app and turns two-factor sign-in on.
     *
     * @return the ten recovery codes, shown once; only their hashes are kept
     */
    @Transactional
    public List<String> confirmEnrolment(String code) {
        stepUp.requireFresh();
        PortalUser me = currentUser.require();
        var enrolment = enrolments.findForUpdate(me.id())
                .filter(found -> !found.confirmed())
                .orElseThrow(() -> new InvalidInputException(TwoFactorField.CODE, "Start the set-up again."));
        OptionalLong step = code == null || code.length() > 64 ? OptionalLong.empty()
                : totp.matchingStep(protector.reveal(enrolment.protectedSecret(), me.id()), code, clock.now());
        if (step.isEmpty()) {
            throw new InvalidInputException(TwoFactorField.CODE, "The code is not correct. Check the time on your device and try again.");
        }
        enrolments.confirm(me.id(), step.getAsLong());
        auditLog.record(AuditEvent.success(AuditAction.TWO_FACTOR_ENROLLED, null, me.getUsername()));
        return replaceRecoveryCodes(me.id());
    }

    /** New recovery codes; the old ones stop working. Needs a recent password ({@link StepUpService}). */
    @Transactional
    public List<String> newRecoveryCodes() {
        stepUp.requireFresh();
        UserId me = currentUser.require().id();
        if (!policy.isEnrolled(me)) {
            throw new InvalidInputException("Two-factor sign-in is off.");
        }
        return replaceRecoveryCodes(me);
    }

    /** Turns two-factor sign-in off with a current code (or a recovery code), unless the user must use it. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void disable(String code) {
        stepUp.requireFresh();
        PortalUser me = currentUser.require();
        if (policy.isRequired(me.id())) {
            throw new InvalidInputException(TwoFactorField.CODE, "Your account requires two-factor sign-in, so it cannot be turned off.");
        }
        if (throttle.isBlocked(me.getUsername())) {
            throw new InvalidInputException(TwoFactorField.CODE, "Too many wrong codes. Wait a few minutes and try again.");
        }
        if (secondFactor.verify(me.id(), code).isEmpty()) {
            throttle.recordFailure(me.getUsername());
            throw new InvalidInputException(TwoFactorField.CODE, "The code is not correct.");
        }
        enrolments.delete(me.id());
        auditLog.record(AuditEvent.success(AuditAction.TWO_FACTOR_DISABLED, null, me.getUsername()));
    }

    /** A platform administrator requires two-factor sign-in for their own account, or stops requiring it. */
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    @Transactional
    public void requireForMyself(boolean required) {
        UserId me = currentUser.require().id();
        if (required && !policy.isEnrolled(me)) {
            throw new InvalidInputException("Set up two-factor sign-in first.");
        }
        accountSecurity.setTwoFactorRequiredBySelf(me, required);
    }

    private List<String> replaceRecoveryCodes(UserId user) {
        List<String> codes = recoveryCodes.generate();
        enrolments.replaceRecoveryCodes(user, codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }
}
