package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.SecurityClock;
import com.sendclean.portal.security.UserId;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checks a second-factor input: a current TOTP code not used before, or an unused recovery code, which it uses up. */
@Component
public class SecondFactorCheck {

    public enum Factor { TOTP, RECOVERY_CODE }

    private final TotpEnrolmentRepository enrolments;
    private final TotpAlgorithm totp;
    private final TotpSecretProtector protector;
    private final SecurityClock clock;

    public SecondFactorCheck(TotpEnrolmentRepository enrolments, TotpAlgorithm totp, TotpSecretProtector protector,
                      SecurityClock clock) {
        this.enrolments = enrolments;
        this.totp = totp;
        this.protector = protector;
        this.clock = clock;
    }

    @Transactional
    public Optional<Factor> verify(UserId user, String input) {
        if (input == null || input.length() > 64) {
            return Optional.empty();
        }
        var enrolment = enrolments.findForUpdate(user).filter(TotpEnrolmentRepository.StoredEnrolment::confirmed);
        if (enrolment.isEmpty()) {
            return Optional.empty();
        }
        if (RecoveryCodes.looksLikeOne(input)) {
            return enrolments.useRecoveryCode(user, RecoveryCodes.hash(input))
                    ? Optional.of(Factor.RECOVERY_CODE) : Optional.empty();
        }
        String secret = protector.reveal(enrolment.get().protectedSecret(), user);
        OptionalLong step = totp.matchingStep(secret, input, clock.now());
        // a code seen once is spent, even within its 30 seconds: a shoulder-surfed or phished code cannot be replayed
        if (step.isEmpty() || step.getAsLong() <= enrolment.get().lastUsedStep()) {
            return Optional.empty();
        }
        enrolments.markStepUsed(user, step.getAsLong());
        return Optional.of(Factor.TOTP);
    }
}
