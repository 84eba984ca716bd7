package com.sendclean.portal.twofactor;

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

    public Enrolled enrol(String username) {
        TotpEnrolment enrolment = signedIn.as(username, twoFactor::startEnrolment);
        var authenticator = authenticator(enrolment.secret());
        List<String> codes = signedIn.as(username, () -> twoFactor.confirmEnrolment(authenticator.nextCode()));
        return new Enrolled(authenticator, codes);
    }

    public TestAuthenticator authenticator(String secret) {
        return new TestAuthenticator(secret.replace(" ", ""), clock);
    }
}
