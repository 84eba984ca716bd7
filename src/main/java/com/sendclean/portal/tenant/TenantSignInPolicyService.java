package com.sendclean.portal.tenant;

import com.sendclean.portal.twofactor.TwoFactorService;
import com.sendclean.portal.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's ADMINs decide whether its members must use two-factor sign-in. */
@Service
public class TenantSignInPolicyService {

    private final TenantSignInPolicyRepository policies;
    private final TwoFactorService twoFactor;

    TenantSignInPolicyService(TenantSignInPolicyRepository policies, TwoFactorService twoFactor) {
        this.policies = policies;
        this.twoFactor = twoFactor;
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean requiresTwoFactor(TenantId tenantId) {
        return policies.requiresTwoFactor(tenantId);
    }

    /**
     * Members without two-factor sign-in are sent to set it up at their next page. The ADMIN must have it
     * themselves first, so that nobody locks the tenant into a rule they have not tried.
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public void setRequireTwoFactor(TenantId tenantId, boolean required) {
        if (required && !twoFactor.status().enrolled()) {
            throw new InvalidInputException("Set up two-factor sign-in for yourself on your profile page first.");
        }
        policies.setRequireTwoFactor(tenantId, required);
    }
}
