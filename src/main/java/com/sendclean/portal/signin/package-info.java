/**
 * Signing in: /login and /login/code, the authentication provider, the sign-in steps, the security filter chain and response headers, sign-in audit.
 */
@ApplicationModule(displayName = "Sign-in")
package com.sendclean.portal.signin;

import org.springframework.modulith.ApplicationModule;
