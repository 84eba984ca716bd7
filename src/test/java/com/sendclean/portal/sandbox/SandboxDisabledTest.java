package com.sendclean.portal.sandbox;

import com.sendclean.portal.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** By default (as in production) the portal has no sandbox at all. */
@IntegrationTest
class SandboxDisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theSandboxApiIsNotServed() throws Exception {
        SandboxClient client = new SandboxClient(port, "owner", "token");

        for (String call : new String[] {"settings/listSmtp", "settings/addSmtp", "account/viewUserDetail"}) {
            HttpResponse<String> response = client.call(call, "total_limit", 5, "hourly_limit", 5);

            assertThat(response.statusCode()).as(call).isNotEqualTo(200);
            assertThat(response.body()).as(call).doesNotContain("\"status\"").doesNotContain("AuthenticationError");
        }
    }

    @Test
    void noSandboxBeansExist() {
        assertThat(context.getBeanNamesForType(SandboxAccounts.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxController.class)).isEmpty();
        // the sandbox application's class sits in the scanned package but is no component
        assertThat(context.getBeanNamesForType(SandboxApplication.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxDatabase.class)).isEmpty();
    }
}
