package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.UserId;

/**
 * Lets another feature demand two-factor sign-in for some users without the security package knowing that feature
 * (the tenant feature implements it for tenants whose ADMINs require it). Called during sign-in, before anyone is
 * authenticated, so implementations must not check the caller's authority.
 */
public interface TwoFactorRequirement {

    boolean requiresTwoFactor(UserId user);
}
