package com.sendclean.portal.sendclean;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a tenant's app domain and turns it into the API's base URL. The domain is typed by a tenant, so it must be
 * a plain host name: no scheme, port, path, user info, spaces or IP literal.
 */
public final class AppDomains {

    /** The app domain that, while the sandbox is on, routes to the portal's own SendClean sandbox. */
    public static final String SANDBOX_DOMAIN = "sandbox.localhost";

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");

    private AppDomains() {}

    /**
     * @return why the value is not an acceptable app domain, in words for the form, or empty when it is fine
     */
    public static Optional<String> problem(String appDomain, List<String> allowedSuffixes) {
        if (appDomain == null || appDomain.isBlank()) {
            return Optional.of("Enter the app domain, for example us1-mta1.sendclean.net.");
        }
        String domain = appDomain.strip().toLowerCase(Locale.ROOT);
        if (domain.length() > 253 || domain.contains("://") || domain.contains("/") || domain.contains(":")
                || domain.contains("@") || domain.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("Enter only the host name, without https://, port or path, for example us1-mta1.sendclean.net.");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || IPV4_LIKE.matcher(domain).matches()) {
            return Optional.of("Enter a host name such as us1-mta1.sendclean.net, not an IP address.");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("The app domain may contain only letters, digits, dashes and dots.");
            }
        }
        if (allowedSuffixes != null && !allowedSuffixes.isEmpty() && !domain.equals(SANDBOX_DOMAIN)
                && allowedSuffixes.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                        .noneMatch(suffix -> domain.equals(suffix.replaceFirst("^\\.", ""))
                                || domain.endsWith(suffix.startsWith(".") ? suffix : "." + suffix))) {
            return Optional.of("This portal only connects to app domains under " + String.join(", ", allowedSuffixes) + ".");
        }
        return Optional.empty();
    }

    static String normalize(String appDomain) {
        return appDomain.strip().toLowerCase(Locale.ROOT);
    }

    /** The API's base URL for the domain, without trailing slash, from a template with {@code {domain}}. */
    static URI baseUri(String template, String domain) {
        String url = template.replace("{domain}", domain);
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
