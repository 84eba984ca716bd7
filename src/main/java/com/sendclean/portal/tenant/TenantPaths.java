package com.sendclean.portal.tenant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the tenant slug from a page path such as {@code t/acme/smtp-users}. */
final class TenantPaths {

    private static final Pattern TENANT_PATH = Pattern.compile("^t/([^/]+)(?:/(.*))?$");

    private TenantPaths() {}

    static Optional<String> slugOf(String path) {
        Matcher matcher = TENANT_PATH.matcher(path == null ? "" : path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static String suffixOf(String path) {
        Matcher matcher = TENANT_PATH.matcher(path == null ? "" : path);
        return matcher.matches() && matcher.group(2) != null ? matcher.group(2) : "";
    }
}
