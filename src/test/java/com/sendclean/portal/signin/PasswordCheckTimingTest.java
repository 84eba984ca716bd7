package com.sendclean.portal.signin;

import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.UserId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The time a refusal takes is dominated by the password hash. Every kind of refusal must compute exactly one, so an
 * unknown or deactivated account cannot be told from a wrong password by the time the answer takes.
 */
class PasswordCheckTimingTest {

    private final AtomicInteger hashes = new AtomicInteger();
    private final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashes.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    };

    private final UserDetailsService users = username -> switch (username) {
        case "alice" -> account("alice", true);
        case "gone" -> account("gone", false);
        default -> throw new UsernameNotFoundException("unknown");
    };

    private final DaoAuthenticationProvider check = SignInAuthenticationProvider.passwordCheck(users, countingEncoder);

    @Test
    void unknownDeactivatedAndWrongPasswordEachCostOneHash() {
        assertThatThrownBy(() -> check.authenticate(token("alice", "wrong"))).isInstanceOf(BadCredentialsException.class);
        int wrongPassword = hashes.getAndSet(0);
        assertThatThrownBy(() -> check.authenticate(token("nobody", "wrong"))).isInstanceOf(BadCredentialsException.class);
        int unknownUser = hashes.getAndSet(0);
        assertThatThrownBy(() -> check.authenticate(token("gone", "right"))).isInstanceOf(DisabledException.class);
        int deactivated = hashes.getAndSet(0);

        assertThat(wrongPassword).isEqualTo(1);
        assertThat(unknownUser).as("an unknown name is compared against a dummy hash").isEqualTo(1);
        assertThat(deactivated).as("a deactivated account is reported only after its password was checked").isEqualTo(1);
    }

    private static PortalUser account(String name, boolean active) {
        return new PortalUser(new UserId(name.length()), name, "hash:right", active,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    private static UsernamePasswordAuthenticationToken token(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
