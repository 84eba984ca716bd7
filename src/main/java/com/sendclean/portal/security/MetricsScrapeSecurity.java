package com.sendclean.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * {@code /actuator/prometheus} for a signed-in platform administrator, or for Prometheus with the scrape-only token
 * {@code portal.metrics.scrape-token} sent as {@code Authorization: Bearer ...}. The token opens nothing else: every
 * other path goes through the UI's chain. Without the setting only platform administrators read the metrics.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain metricsScrapeFilterChain(HttpSecurity http,
                                                 @Value("${portal.metrics.scrape-token:}") String scrapeToken,
                                                 AccountSecurityRepository accounts,
                                                 SecurityContextHolderStrategy strategy, SecurityClock clock,
                                                 SignInSecurityProperties properties) throws Exception {
        byte[] expected = ("Bearer " + scrapeToken).getBytes(StandardCharsets.UTF_8);
        boolean tokenSet = !scrapeToken.isBlank();
        http.securityMatcher(PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision((tokenSet && carries(context.getRequest(), expected))
                                || isPlatformAdministrator(authentication.get()))))
                .addFilterAfter(new SessionValidityFilter(accounts, strategy, clock, properties.session().maxLifetime()),
                        SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static boolean carries(HttpServletRequest request, byte[] expected) {
        String header = request.getHeader("Authorization");
        // constant-time, so the token cannot be guessed from response times
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static boolean isPlatformAdministrator(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.PLATFORM_ADMIN).equals(authority.getAuthority()));
    }
}
