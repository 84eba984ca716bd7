package com.sendclean.portal.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a browser's request for an address no route knows with HTTP 404. Vaadin serves the same page shell for
 * every address with 200 and shows {@link NotFoundView} only once the browser has started, so the status is set here,
 * before Vaadin writes the page; the page itself is still the portal's not-found page. Runs after Spring Security, so
 * a signed-out visitor is sent to sign in first.
 */
@Configuration(proxyBeanMethods = false)
class UnknownRouteStatus {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unknownRouteStatusFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.addUrlPatterns("/*");
        registration.setName("unknownRouteStatus");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (isPageRequest(request) && !isKnownRoute(request)) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            chain.doFilter(request, response);
        }

        /** A browser opening a page: not a Vaadin request, not a file, not an API. */
        private static boolean isPageRequest(HttpServletRequest request) {
            String accept = request.getHeader("Accept");
            String path = path(request);
            String last = path.substring(path.lastIndexOf('/') + 1);
            return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                    && request.getParameter("v-r") == null && !last.contains(".")
                    && !path.startsWith("VAADIN/") && !path.startsWith("actuator") && !path.startsWith("sandbox/");
        }

        private boolean isKnownRoute(HttpServletRequest request) {
            var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()));
            return registry.getNavigationRouteTarget(path(request)).hasTarget();
        }

        private static String path(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/") ? path.substring(1) : path;
        }
    }
}
