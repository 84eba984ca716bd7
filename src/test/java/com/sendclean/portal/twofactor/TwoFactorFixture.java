package com.sendclean.portal.twofactor;

import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.security.SecurityClock;
import com.sendclean.portal.support.SignedIn;
import java.util.List;
import org.springframework.stereotype.Component;

/** Sets up two-factor sign-in for test users through the real services. */
@Component
public class TwoFactorFixture {

    /** What an enrolled user holds: the app and the recovery codes. */
    public record Enrolled(TestAuthenticator authenticator, List<String> recoveryCodes) {}

    private final SignedIn signedIn;
    private final TwoFactorService twoFactor;
    private final SecurityClock clock;

    TwoFactorFixture(SignedIn signedIn, TwoFactorService twoFactor, SecurityClock clock) {
        this.signedIn = signedIn;
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    /** Enrols a user whose password is {@code TestTenants.PASSWORD}. */
    public Enrolled enrol(String username) {
        return enrol(username, TestTenants.PASSWORD);
    }

    /** Enrols the user as they would on their profile page, password re-entry included. */
    public Enrolled enrol(String username, String password) {
        return signedIn.asConfirmed(username, password, () -> {
            TotpEnrolment enrolment = twoFactor.startEnrolment();
            var authenticator = authenticator(enrolment.secret());
            List<String> codes = twoFactor.confirmEnrolment(authenticator.nextCode());
            return new Enrolled(authenticator, codes);
        });
    }

    public TestAuthenticator authenticator(String secret) {
        return new TestAuthenticator(secret.replace(" ", ""), clock);
    }
}
