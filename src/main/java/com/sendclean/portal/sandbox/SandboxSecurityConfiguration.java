package com.sendclean.portal.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox API's own filter chain, ahead of the UI's: SendClean clients authenticate with owner id and token in
 * each call's body, so the paths need no portal sign-in, no session and no CSRF token (there is no cookie to forge
 * with). Without the sandbox this chain does not exist and /sandbox falls to the UI chain like any unknown path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandboxEnabled
class SandboxSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain sandboxSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/sandbox/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
