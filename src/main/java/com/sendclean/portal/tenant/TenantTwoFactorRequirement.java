package com.sendclean.portal.tenant;

import com.sendclean.portal.twofactor.TwoFactorRequirement;
import com.sendclean.portal.security.UserId;
import org.springframework.stereotype.Component;

/** A member of any tenant whose ADMINs require two-factor sign-in must use it for every sign-in. */
@Component
class TenantTwoFactorRequirement implements TwoFactorRequirement {

    private final TenantSignInPolicyRepository policies;

    TenantTwoFactorRequirement(TenantSignInPolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    public boolean requiresTwoFactor(UserId user) {
        return policies.anyTenantOfRequiresTwoFactor(user);
    }
}
