package com.sendclean.portal.signin;

import com.sendclean.portal.security.AccountSecurityRepository;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.security.SecurityClock;
import com.sendclean.portal.security.SessionValidityFilter;
import com.sendclean.portal.security.SignInSecurityProperties;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Web security for the Vaadin UI: every view is denied unless it opens itself with {@code @PermitAll},
 * {@code @RolesAllowed} or {@code @AnonymousAllowed}; services check again with method security. Other endpoints
 * are denied unless opened here: only /actuator/health is public, the rest of /actuator needs a platform
 * administrator.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher VERSIONED_STATIC_FILES = new OrRequestMatcher(Stream.of(
                    "/VAADIN/build/**", "/VAADIN/static/**", "/lumo/**", "/styles/**", "/icons/**")
            .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
            .toList());

    @Bean
    PasswordEncoder passwordEncoder() {
        // argon2id for new hashes; bcrypt stays readable so that hashes made elsewhere can be imported
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12)));
    }

    @Bean
    SecurityClock securityClock() {
        return Instant::now;
    }

    @Bean
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, SignInAuthenticationProvider signIn,
                                              AccountSecurityRepository accounts,
                                              SecurityContextHolderStrategy securityContextHolderStrategy,
                                              SecurityClock clock, SignInSecurityProperties properties,
                                              RequestUtil requestUtil)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Roles.PLATFORM_ADMIN)
                .requestMatchers("/styles/**").permitAll());
        http.authenticationManager(new ProviderManager(signIn));
        http.addFilterAfter(new SessionValidityFilter(accounts, securityContextHolderStrategy, clock,
                properties.session().maxLifetime()), SecurityContextHolderFilter.class);
        http.headers(headers -> {
            // Vaadin's pages are forwarded to its servlet, which commits the response around Spring's on-commit
            // hook; written up front, the headers reach every response
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // Spring's no-cache headers stay on pages and downloads, but not on Vaadin's scripts and the styles:
            // their names or ?v-c= carry a content hash and Vaadin sets max-age, and Spring's "Pragma: no-cache"
            // beside it made Chromium ask again for each of some twenty files on every page load
            headers.cacheControl(cache -> cache.disable())
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(VERSIONED_STATIC_FILES), new CacheControlHeadersWriter()));
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frames -> frames.deny())
                    // written only on HTTPS requests, which includes X-Forwarded-Proto: https from a trusted proxy
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
        // Vaadin's configurer exempts the login page's POST from CSRF, which lets any site sign a browser in to an
        // account of its choosing (login CSRF). The portal configures CSRF itself: only Vaadin's internal requests,
        // which carry Vaadin's own token, skip Spring's check. The login form still posts natively to /login, and
        // vaadin-login-form adds Spring's token from the _csrf meta tags Vaadin writes into every page.
        // An address no route knows reaches Vaadin for a signed-in user, which answers with the not-found page and
        // 404; Vaadin 25's default (deny all) answered with an empty error that the browser showed as its own page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(any -> any.authenticated()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        return http.build();
    }
}
