package com.sendclean.portal.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxFaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure 1: an inline limit edit from the Enter key in Chromium to the confirmed value in the row, against a direct
 * HTTP call to the same sandbox endpoint; the two alternate so that machine noise hits both alike.
 */
final class EditRoundTrip {

    /**
     * Per edit, from Enter: when the browser sent the edit, when that request was answered, when the pushed result
     * reached the page, and when the row showed it (the round trip); and the direct call.
     */
    record Samples(List<Double> sentMillis, List<Double> answeredMillis, List<Double> pushedMillis,
            List<Double> portalMillis, List<Double> directMillis) {}

    private static final int SENT = 0;
    private static final int ANSWERED = 1;
    private static final int PUSHED = 2;
    private static final int SHOWN = 3;

    /**
     * Notes when the first push message after Enter reaches the page, before Vaadin's client handles it: the time
     * before is the server's (and the network's), the time after is the browser's.
     */
    private static final String PUSH_PROBE = """
            (() => {
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', () => {
                    const probe = window.__edit;
                    if (probe && probe.t0 !== null && probe.push === null) probe.push = performance.now();
                  });
                }
              };
            })();
            """;

    /**
     * Notes when Enter goes down in the page and when the row shows the new value again with its editing button
     * enabled, both on the page's clock, so the browser's automation round trips are not part of the figure.
     */
    private static final String PROBE = """
            expected => {
              const probe = { t0: null, push: null, t1: null };
              window.__edit = probe;
              window.addEventListener('keydown', e => {
                if (e.key === 'Enter' && window.__edit === probe && probe.t0 === null) probe.t0 = performance.now();
              }, true);
              const confirmed = () => [...document.querySelectorAll('button.limit-button')]
                  .some(b => b.getAttribute('aria-label') === expected && !b.disabled);
              const observer = new MutationObserver(() => {
                if (probe.t0 !== null && confirmed()) {
                  probe.t1 = performance.now();
                  observer.disconnect();
                }
              });
              observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            }
            """;

    /** The first UIDL request after Enter is the edit; resource timing gives when it left and was answered. */
    private static final String TIMES = """
            () => {
              const p = window.__edit;
              const request = performance.getEntriesByType('resource')
                  .find(e => e.name.includes('v-r=uidl') && e.startTime >= p.t0);
              return [request ? request.startTime - p.t0 : NaN, request ? request.responseEnd - p.t0 : NaN,
                      (p.push ?? p.t1) - p.t0, p.t1 - p.t0];
            }
            """;

    private final BenchBrowser browser;
    private final SandboxAccounts sandbox;
    private final SandboxCalls direct;

    EditRoundTrip(BenchBrowser browser, SandboxAccounts sandbox, String sandboxApiUrl) {
        this.browser = browser;
        this.sandbox = sandbox;
        this.direct = new SandboxCalls(sandboxApiUrl);
    }

    Samples measure(BenchFixtures.SandboxTenant tenant, int latencyMillis, int warmUp, int edits) {
        sandbox.setFaults(tenant.ownerId(), SandboxFaults.latency(latencyMillis));
        var samples = new Samples(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        try (BrowserContext context = browser.newContext()) {
            context.addInitScript(PUSH_PROBE);
            Page page = browser.signIn(context, tenant.adminUsername());
            page.navigate(browser.url("/t/" + tenant.slug() + "/smtp-users"));
            BenchBrowser.awaitCell(page, tenant.firstName());
            for (int i = 0; i < warmUp + edits; i++) {
                String name = tenant.userNames().get(i % tenant.userNames().size());
                // unique per edit and run, so the portal never skips an edit that changes nothing
                int value = 1_000_000 + latencyMillis * 1_000 + i;
                double[] portalMs = portalEdit(page, name, value);
                double directMs = direct.edit(tenant, name, "hourly_limit", value);
                if (i >= warmUp) {
                    samples.sentMillis().add(portalMs[SENT]);
                    samples.answeredMillis().add(portalMs[ANSWERED]);
                    samples.pushedMillis().add(portalMs[PUSHED]);
                    samples.portalMillis().add(portalMs[SHOWN]);
                    samples.directMillis().add(directMs);
                }
            }
        } finally {
            sandbox.clearFaults(tenant.ownerId());
        }
        return samples;
    }

    /** The times from Enter at which the edit was sent, answered, pushed and shown, in ms. */
    private double[] portalEdit(Page page, String name, int value) {
        page.evaluate("() => performance.clearResourceTimings()");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Total limit of " + name + ":")).click();
        Locator field = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Total limit").setExact(true))
                .or(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Total limit").setExact(true)));
        field.fill(Integer.toString(value));
        page.evaluate(PROBE, "Total limit of " + name + ": " + String.format(Locale.ROOT, "%,d", value) + ". Edit");
        field.press("Enter");
        page.waitForFunction("() => window.__edit.t1 !== null", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000).setPollingInterval(20));
        var times = (List<?>) page.evaluate(TIMES);
        return times.stream().mapToDouble(time -> ((Number) time).doubleValue()).toArray();
    }
}
