package com.sendclean.portal.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client address of a request as the portal records and counts it: only a literal IPv4 or IPv6 address is kept.
 * Anything else (a proxy that forwards a made-up X-Forwarded-For value, a host name, a formula) becomes "unknown"
 * rather than reaching the audit trail, the logs or the sign-in throttle's keys.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** Hex digits and colons, optionally ending in a dotted IPv4 part; no zone id, no brackets. */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:]{2,39}(\\.[0-9.]{1,15})?");

    private ClientAddresses() {}

    /** The address when it is a literal IP address, else empty. Never looks anything up in DNS. */
    public static Optional<String> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String candidate = address.strip();
        if (IPV4.matcher(candidate).matches()) {
            return Optional.of(candidate);
        }
        if (candidate.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(candidate).matches()) {
            try {
                // with a colon in it, the JDK parses the text as an IPv6 literal and never asks DNS
                InetAddress.getByName(candidate);
                return Optional.of(candidate);
            } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
