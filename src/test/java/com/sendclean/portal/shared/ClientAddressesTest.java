package com.sendclean.portal.shared;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void keepsLiteralIpv4AndIpv6Addresses() {
        for (String address : List.of("203.0.113.7", "127.0.0.1", "0.0.0.0", "::1", "2001:db8::5",
                "0:0:0:0:0:0:0:1", "::ffff:192.0.2.1")) {
            assertThat(ClientAddresses.literal(address)).as(address).contains(address);
        }
    }

    @Test
    void dropsEverythingThatIsNotAnIpAddress() {
        for (String value : List.of("", "unknown", "=HYPERLINK(\"http://evil\")", "example.com", "localhost",
                "203.0.113.7, 10.0.0.1", "256.1.1.1", "1.2.3", "203.0.113.7:8080", "[::1]", "fe80::1%eth0",
                "::1 <script>", "+1-2", "dead:beef:zz::1")) {
            assertThat(ClientAddresses.literal(value)).as(value).isEmpty();
        }
        assertThat(ClientAddresses.literal(null)).isEmpty();
    }
}
