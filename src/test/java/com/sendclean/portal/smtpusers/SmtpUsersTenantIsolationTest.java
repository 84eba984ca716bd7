package com.sendclean.portal.smtpusers;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.support.TestTenants.CreatedUser;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.BackgroundTasks;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two tenants, each with a SendClean stand-in of its own (stubs under its own app domain): tenant A's hangs, and
 * tenant B's screen still opens, edits and refreshes while A's refreshes and edits are in flight. Work is started the
 * way the screen starts it, on the portal's background pool.
 */
@IntegrationTest
class SmtpUsersTenantIsolationTest {

    static final WireMockServer standIns = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .containerThreads(60));

    static {
        standIns.start();
    }

    @DynamicPropertySource
    static void sendClean(DynamicPropertyRegistry registry) {
        registry.add("sendclean.api.base-url-template", () -> "http://127.0.0.1:" + standIns.port() + "/{domain}/v1.0/");
        registry.add("sendclean.api.allow-private-addresses", () -> "true");
        registry.add("sendclean.api.read-timeout", () -> "20s");
        registry.add("sendclean.api.call-timeout", () -> "25s");
    }

    @AfterAll
    static void stopStandIns() {
        standIns.stop();
    }

    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired CredentialsService credentials;
    @Autowired SmtpUserService smtpUsers;
    @Autowired BackgroundTasks tasks;

    record Connected(CreatedTenant tenant, CreatedUser admin, String domain) {}

    Connected connect(String name, String domain) {
        CreatedTenant tenant = testTenants.tenant(name);
        CreatedUser admin = testTenants.readyMember(tenant, name.toLowerCase() + "-admin", TenantRole.ADMIN);
        signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.save(tenant.id(),
                new CredentialsInput("owner-" + name, "token-" + name, domain)));
        return new Connected(tenant, admin, domain);
    }

    /** Starts work on the portal's background pool as the user, as the screen does; the future says when it ended. */
    <T> CompletableFuture<T> onPool(Connected as, Supplier<CompletableFuture<T>> work) {
        var done = new CompletableFuture<T>();
        signedIn.as(as.admin().username(), () -> tasks.runAsync(new UI(), () -> {
            try {
                CompletableFuture<T> result = work.get();
                result.whenComplete((value, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(failure);
                    } else {
                        done.complete(value);
                    }
                });
                return result;
            } catch (RuntimeException failure) {
                done.completeExceptionally(failure);
                throw failure;
            }
        }, ignored -> { }, ignored -> { }));
        return done;
    }

    static String list(String... entries) {
        return "{\"status\":\"success\",\"smtp_list\":[" + String.join(",", entries) + "]}";
    }

    @Test
    void aHangingSendCleanOfOneTenantLeavesAnotherTenantsScreenWorking() {
        var a = connect("Hanging", "a-hangs.example");
        var b = connect("Healthy", "b-answers.example");
        standIns.stubFor(post("/a-hangs.example/v1.0/settings/listSmtp").willReturn(aResponse().withFixedDelay(8_000)
                .withHeader("Content-Type", "application/json").withBody(list())));
        standIns.stubFor(post("/a-hangs.example/v1.0/settings/editSmtp").willReturn(aResponse().withFixedDelay(8_000)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"success\"}")));
        standIns.stubFor(post("/b-answers.example/v1.0/settings/listSmtp").willReturn(okJson(list("""
                {"smtp_user_name":"smtp-b-1","password":"pw-b-1","status":"Enable","total_limit":100,"hourly_limit":10}"""))));
        standIns.stubFor(post("/b-answers.example/v1.0/settings/editSmtp").willReturn(okJson("{\"status\":\"success\"}")));

        // A's users press Refresh and edit, again and again, more often than the pool has threads
        List<CompletableFuture<?>> aWork = new ArrayList<>();
        List<CompletableFuture<?>> aRefreshes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            aRefreshes.add(onPool(a, () -> smtpUsers.listAsync(a.tenant().id(), true)));
        }
        aWork.addAll(aRefreshes);
        for (int i = 0; i < 6; i++) {
            int value = 100 + i;
            aWork.add(onPool(a, () -> CompletableFuture.completedFuture(tryToChange(a, "smtp-a-1", value))));
        }
        while (standIns.findAll(postRequestedFor(urlEqualTo("/a-hangs.example/v1.0/settings/listSmtp"))).isEmpty()) {
            Thread.onSpinWait();
        }

        // B opens, edits and refreshes
        SmtpUserSnapshot opened = onPool(b, () -> smtpUsers.listAsync(b.tenant().id(), false)).join();
        assertThat(opened.find("smtp-b-1")).isPresent();
        onPool(b, () -> {
            smtpUsers.changeLimit(b.tenant().id(), "smtp-b-1", LimitKind.TOTAL, 200, 100);
            return CompletableFuture.completedFuture(null);
        }).join();
        SmtpUserSnapshot refreshed = onPool(b, () -> smtpUsers.listAsync(b.tenant().id(), true)).join();
        assertThat(refreshed.find("smtp-b-1")).isPresent();

        // (A's edits beyond its bulkhead were refused at once and are done; that is the bulkhead at work)
        assertThat(aRefreshes).as("B was served while A's refreshes still hung").noneMatch(CompletableFuture::isDone);
        assertThat(standIns.findAll(postRequestedFor(urlEqualTo("/a-hangs.example/v1.0/settings/listSmtp"))))
                .as("A's refreshes share one listing").hasSize(1);
        assertThat(standIns.findAll(postRequestedFor(urlEqualTo("/b-answers.example/v1.0/settings/editSmtp"))))
                .hasSize(1);
        CompletableFuture.allOf(aWork.stream().map(work -> work.exceptionally(failure -> null))
                .toArray(CompletableFuture[]::new)).join();
    }

    private Object tryToChange(Connected tenant, String name, int value) {
        try {
            smtpUsers.changeLimit(tenant.tenant().id(), name, LimitKind.TOTAL, value);
        } catch (RuntimeException refusedOrTimedOut) {
            // a full bulkhead refuses at once; that is the point
        }
        return null;
    }

    @Test
    void aListedUserWithoutAPasswordRevealsThatSendCleanSentNone() {
        var c = connect("NoPassword", "c-no-password.example");
        standIns.stubFor(post("/c-no-password.example/v1.0/settings/listSmtp").willReturn(okJson(list("""
                {"smtp_user_name":"smtp-c-1","status":"Enable","total_limit":100,"hourly_limit":10}"""))));

        assertThatThrownBy(() -> signedIn.asConfirmed(c.admin().username(), TestTenants.PASSWORD,
                () -> smtpUsers.revealPassword(c.tenant().id(), "smtp-c-1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("SendClean sent no password for this user.");
    }
}
