package com.sendclean.portal.sendclean;

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
    void allowsPublicAddresses() throws Exception {
        for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:4700:4700::1111")) {
            assertThat(GuardedDnsResolver.isForbidden(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedWhenTheHttpClientResolvesIt() throws Exception {
        var properties = new SendCleanApiProperties("http://{domain}:9/v1.0/", Duration.ofMillis(500),
                Duration.ofMillis(500), false, List.of(), Duration.ofSeconds(30));
        // a hostile DNS answer for a public-looking name that points at this machine
        var answers = new java.util.concurrent.atomic.AtomicInteger();
        org.apache.hc.client5.http.DnsResolver rebinding = new org.apache.hc.client5.http.DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws java.net.UnknownHostException {
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
