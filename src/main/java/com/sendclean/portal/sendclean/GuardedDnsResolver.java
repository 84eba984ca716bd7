package com.sendclean.portal.sendclean;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Refuses, at connection time, host names that resolve to addresses a tenant must never make the portal call:
 * loopback, private, link-local (cloud metadata at 169.254.169.254 included), carrier-grade NAT, multicast and
 * unspecified addresses. Checking here rather than before the call means a DNS answer that changes between check and
 * connect cannot slip through.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final DnsResolver delegate;

    GuardedDnsResolver() {
        this(SystemDefaultDnsResolver.INSTANCE);
    }

    GuardedDnsResolver(DnsResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = delegate.resolve(host);
        for (InetAddress address : addresses) {
            if (isForbidden(address)) {
                throw new ForbiddenAddressException(host);
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return delegate.resolveCanonicalHostname(host);
    }

    static boolean isForbidden(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this" network
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7, cloud metadata fd00:ec2::254 among them
            }
            boolean mappedV4 = true;
            for (int i = 0; i < 10; i++) {
                mappedV4 &= bytes[i] == 0;
            }
            if (mappedV4 && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isForbidden(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The host resolved to an address the portal refuses to call. */
    static final class ForbiddenAddressException extends UnknownHostException {
        ForbiddenAddressException(String host) {
            super("refused address for " + host);
        }
    }
}
