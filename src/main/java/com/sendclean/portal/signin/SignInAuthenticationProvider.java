package com.sendclean.portal.signin;

import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.security.InputLimits;
import com.sendclean.portal.security.PendingSignIn;
import com.sendclean.portal.security.PortalAuthentication;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.SecurityClock;
import com.sendclean.portal.security.SignInAttempt;
import com.sendclean.portal.security.SignInThrottle;
import com.sendclean.portal.security.SignInThrottledException;
import com.sendclean.portal.security.TwoFactorPendingAuthentication;
import com.sendclean.portal.twofactor.TwoFactorPolicy;
import com.sendclean.portal.shared.ClientAddresses;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password step of sign-in (the Vaadin login form posts to /login). Around Spring Security's password check it
 * refuses throttled names and addresses, counts failures, and hands out either a full authentication or, for users
 * with two-factor sign-in, a pending one that only the code page accepts.
 */
@Component
class SignInAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignInAuthenticationProvider.class);
    /** Longer inputs cannot be a portal account; refusing them early keeps huge passwords away from argon2. */

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final TwoFactorPolicy twoFactor;
    private final AccountSecurityRepository accountSecurity;
    private final SecurityClock clock;
    private final SignInAudit audit;

    SignInAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                                 TwoFactorPolicy twoFactor, AccountSecurityRepository accountSecurity,
                                 SecurityClock clock, SignInAudit audit) {
        this.audit = audit;
        this.passwords = passwordCheck(users, passwordEncoder);
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.accountSecurity = accountSecurity;
        this.clock = clock;
    }

    /**
     * Spring Security's check, set up so that every refusal costs one password hash: an unknown name is compared
     * against a dummy hash (Spring's own timing protection), and a deactivated account is reported only after its
     * password was checked, so neither answers faster than a wrong password.
     */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? ClientAddresses.literal(details.getRemoteAddress()).orElse(null) : null;
        var attempt = new SignInAttempt(username, address);
        if (throttle.isBlocked(attempt)) {
            log.info("Refused a sign-in from {}: paused after too many failures", attempt.addressKey());
            audit.throttled(username);
            throw new SignInThrottledException();
        }
        Authentication checked;
        try {
            if (username.length() > InputLimits.MAX_USERNAME_INPUT || password.length() > InputLimits.MAX_PASSWORD_INPUT) {
                throw new BadCredentialsException("Bad credentials");
            }
            checked = passwords.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException refused) {
            throttle.recordFailure(attempt);
            // never the typed name: people type their password into it
            log.info("Failed sign-in from {}", attempt.addressKey());
            audit.failed(username, refused instanceof BadCredentialsException ? "BAD_CREDENTIALS" : "ACCOUNT_DISABLED",
                    refused instanceof BadCredentialsException ? "Wrong name or password" : "Account deactivated");
            throw refused;
        }
        PortalUser user = (PortalUser) checked.getPrincipal();
        Instant now = clock.now();
        int epoch = accountSecurity.sessionState(user.id()).map(AccountSecurityRepository.SessionState::sessionEpoch)
                .orElse(0);
        AbstractAuthenticationToken result;
        if (twoFactor.isEnrolled(user.id())) {
            // the account's failure count stays until the code is right, so a known password does not reset it
            result = new TwoFactorPendingAuthentication(new PendingSignIn(user.id(), user.getUsername()), now, epoch);
        } else {
            throttle.recordSuccess(attempt);
            result = new PortalAuthentication(user, now, now, epoch);
            audit.succeeded(user.id(), user.getUsername());
        }
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
