package com.sendclean.portal.twofactor;

/**
 * The signed-in user's two-factor sign-in as the profile page shows it.
 *
 * @param enrolled whether an authenticator is set up; then every sign-in asks for a code
 * @param required whether the user must use it (own choice or a tenant's rule)
 * @param requiredBySelf whether the user, a platform administrator, requires it themselves
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoFactorStatus(boolean enrolled, boolean required, boolean requiredBySelf, int recoveryCodesLeft) {
}
