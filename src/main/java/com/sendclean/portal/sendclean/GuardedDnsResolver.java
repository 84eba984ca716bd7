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
 * unspecified addresses, and IPv6 translation or tunnel ranges that can carry any of them (NAT64, 6to4, Teredo,
 * IPv4-compatible). Checking here rather than before the call means a DNS answer that changes between check and
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
            if (isTranslationOrTunnel(bytes)) {
                return true;
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

    /**
     * IPv6 ranges that carry an arbitrary IPv4 address to a gateway, which may forward to a private one: NAT64
     * (64:ff9b::/96 and the local-use 64:ff9b:1::/48), 6to4 (2002::/16), Teredo (2001::/32) and the deprecated
     * IPv4-compatible addresses (::a.b.c.d). They are refused whole, not by the embedded address: a gateway's mapping
     * is not ours to predict (NAT64 prefixes can also be chosen by the network), and SendClean is reachable without
     * them; a closed network that needs them sets sendclean.api.allow-private-addresses.
     */
    private static boolean isTranslationOrTunnel(byte[] bytes) {
        int word0 = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
        int word1 = ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        if (word0 == 0x0064 && word1 == 0xff9b) {
            return true; // 64:ff9b::/96 and 64:ff9b:1::/48 both start 64:ff9b
        }
        if (word0 == 0x2002 || (word0 == 0x2001 && word1 == 0)) {
            return true; // 6to4, Teredo
        }
        boolean firstTwelveZero = true;
        for (int i = 0; i < 12; i++) {
            firstTwelveZero &= bytes[i] == 0;
        }
        return firstTwelveZero; // IPv4-compatible; :: and ::1 fall here as well
    }

    /** The host resolved to an address the portal refuses to call. */
    static final class ForbiddenAddressException extends UnknownHostException {
        ForbiddenAddressException(String host) {
            super("refused address for " + host);
        }
    }
}
