package com.sendclean.portal.account;

/**
 * The bootstrap administrator's password from the environment breaks the password policy, so the portal does not
 * start. The message names the rule, never the password.
 */
class BootstrapPasswordRefusedException extends IllegalStateException {

    BootstrapPasswordRefusedException(String rule) {
        super("The bootstrap password in portal.bootstrap.admin-password (PORTAL_BOOTSTRAP_ADMINPASSWORD) breaks the "
                + "password policy: " + lowerFirst(rule));
    }

    private static String lowerFirst(String rule) {
        return rule.isEmpty() ? rule : Character.toLowerCase(rule.charAt(0)) + rule.substring(1);
    }
}
