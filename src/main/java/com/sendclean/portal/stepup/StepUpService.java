package com.sendclean.portal.stepup;

import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.InputLimits;
import com.sendclean.portal.security.PortalAuthentication;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.SecurityClock;
import com.sendclean.portal.security.SessionAuthentication;
import com.sendclean.portal.security.SignInSecurityProperties;
import com.sendclean.portal.security.SignInThrottle;
import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserAccountRepository;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Re-authentication before sensitive actions (revealing an SMTP password, saving SendClean credentials, new recovery
 * codes): the user must have typed their password within {@code portal.security.step-up-window}. Services call
 * {@link #requireFresh()} first thing; views wrap the action in {@link StepUpDialog#ifNeeded}.
 */
@Service
public class StepUpService {

    /** Longer inputs are refused before hashing; no portal password is this long. */

    private final CurrentUser currentUser;
    private final UserAccountRepository accounts;
    private final AccountSecurityRepository accountSecurity;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final SessionAuthentication sessionAuthentication;
    private final SecurityClock clock;
    private final Duration window;

    StepUpService(CurrentUser currentUser, UserAccountRepository accounts, AccountSecurityRepository accountSecurity,
                  PasswordEncoder passwordEncoder, SignInThrottle throttle, SessionAuthentication sessionAuthentication,
                  SecurityClock clock, SignInSecurityProperties properties) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.accountSecurity = accountSecurity;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.sessionAuthentication = sessionAuthentication;
        this.clock = clock;
        this.window = properties.stepUpWindow();
    }

    /** Whether the signed-in user typed their password recently enough for a sensitive action. */
    public boolean isFresh() {
        return sessionAuthentication.current()
                .filter(PortalAuthentication.class::isInstance)
                .map(PortalAuthentication.class::cast)
                .map(auth -> !auth.passwordConfirmedAt().plus(window).isBefore(clock.now()))
                .orElse(false);
    }

    /** @throws StepUpRequiredException unless {@link #isFresh()} */
    public void requireFresh() {
        if (!isFresh()) {
            throw new StepUpRequiredException();
        }
    }

    /**
     * Checks the signed-in user's password and, when right, records the time in the session's authentication.
     * Wrong passwords count towards the account's sign-in throttle, so a taken-over session cannot guess.
     *
     * @throws StepUpRefusedException with a message for the password field
     */
    public void confirmPassword(String password) {
        PortalUser user = currentUser.require();
        if (throttle.isBlocked(user.getUsername())) {
            throw new StepUpRefusedException("Too many wrong passwords. Wait a few minutes and try again.");
        }
        String hash = accounts.findById(user.id()).filter(UserAccount::active).map(UserAccount::passwordHash).orElse(null);
        if (hash == null || password == null || password.length() > InputLimits.MAX_PASSWORD_INPUT
                || !passwordEncoder.matches(password, hash)) {
            throttle.recordFailure(user.getUsername());
            throw new StepUpRefusedException("The password is not correct.");
        }
        Instant now = clock.now();
        var refreshed = sessionAuthentication.current()
                .filter(PortalAuthentication.class::isInstance)
                .map(PortalAuthentication.class::cast)
                .map(auth -> auth.withPasswordConfirmedAt(now))
                .orElseGet(() -> new PortalAuthentication(user, now, now, accountSecurity.sessionState(user.id())
                        .map(AccountSecurityRepository.SessionState::sessionEpoch).orElse(0)));
        sessionAuthentication.replace(refreshed);
    }
}
