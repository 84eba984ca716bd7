package com.sendclean.portal.sendclean;

import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedDnsResolverTest {

    @Test
    void refusesLoopbackPrivateLinkLocalMetadataMulticastAndReservedAddresses() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1",
                "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1")) {
            assertThat(GuardedDnsResolver.isForbidden(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void refusesTranslationAndTunnelRangesThatCanCarryAnyIpv4Address() throws Exception {
        // NAT64 64:ff9b::/96 (and the local-use 64:ff9b:1::/48), 6to4 2002::/16, IPv4-compatible ::a.b.c.d and
        // Teredo 2001::/32 embed an IPv4 address a gateway may forward to, private ones included
        for (String address : List.of("64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b::a9fe:a9fe", "64:ff9b::808:808",
                "64:ff9b:1::a00:1", "2002:7f00:1::", "2002:a00:1::1", "2002:808:808::1", "::127.0.0.1", "::10.0.0.1",
                "::8.8.8.8", "2001:0:4136:e378:8000:63bf:3fff:fdd2")) {
            assertThat(GuardedDnsResolver.isForbidden(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void allowsPublicAddresses() throws Exception {
        for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "2001:4860:4860::8888",
                "2a00:1450:4001:80b::200e")) {
            assertThat(GuardedDnsResolver.isForbidden(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedWhenTheHttpClientResolvesIt() throws Exception {
        var properties = new SendCleanApiProperties("http://{domain}:9/v1.0/", Duration.ofMillis(500),
                Duration.ofMillis(500), false, List.of(), Duration.ofSeconds(30));
        // a hostile DNS answer for a public-looking name that points at this machine
        var answers = new AtomicInteger();
        org.apache.hc.client5.http.DnsResolver rebinding = new org.apache.hc.client5.http.DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                answers.incrementAndGet();
                return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        try (var client = new SendCleanClient(properties, false, () -> 0, new NoListener(), Duration.ofMillis(1), rebinding)) {
            var account = new SendCleanAccount("1", "rebind.example.com", "owner", "token", CredentialSource.STORED);
            assertThat(client.appDomainProblem("rebind.example.com")).as("the name itself is acceptable").isEmpty();
            assertThatThrownBy(() -> client.addSmtp(account, 1, 1))
                    .isInstanceOf(SendCleanException.AddressRefused.class)
                    .hasMessageContaining("private or local network address");
            assertThat(answers.get()).as("refused in the HTTP client's own DNS resolution").isPositive();
        }
    }

    private static final class NoListener implements SendCleanAuthenticationListener {
        @Override
        public void storedCredentialsRefused(String tenantKey) {
        }

        @Override
        public void storedCredentialsAccepted(String tenantKey) {
        }
    }
}
