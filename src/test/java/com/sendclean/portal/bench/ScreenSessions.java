package com.sendclean.portal.bench;

import com.sendclean.portal.bench.driver.SmtpUsersScreenDriver;
import com.sendclean.portal.bench.driver.VaadinSessionDriver;
import com.sendclean.portal.support.TestTenants;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Signed-in browser tabs without a browser: each is one HTTP session with the SMTP users screen open and its first
 * rows shown, spoken to in Vaadin's own protocol by the benchmark driver.
 */
final class ScreenSessions implements AutoCloseable {

    /** One operator's tab on the screen. */
    record Tab(String username, VaadinSessionDriver session, SmtpUsersScreenDriver screen,
            List<SmtpUsersScreenDriver.SmtpUserRow> firstRows) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUri;
    private final String tenantSlug;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final List<Tab> open = new ArrayList<>();

    ScreenSessions(String baseUrl, String tenantSlug) {
        this.baseUri = URI.create(baseUrl);
        this.tenantSlug = tenantSlug;
    }

    /** Opens tabs, a few at a time as people arriving would, until {@code count} are open. */
    List<Tab> openUntil(int count, List<String> operators) {
        List<Tab> added = new ArrayList<>();
        try (ExecutorService signIns = Executors.newFixedThreadPool(4)) {
            List<Future<Tab>> opening = new ArrayList<>();
            for (int i = open.size(); i < count; i++) {
                // more tabs than operators: the same people in several tabs, each tab a session of its own
                String username = operators.get(i % operators.size());
                opening.add(signIns.submit(() -> openTab(username)));
            }
            for (Future<Tab> tab : opening) {
                added.add(tab.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A benchmark session could not open the SMTP users screen", e.getCause());
        } finally {
            open.addAll(added);
        }
        return List.copyOf(open);
    }

    private Tab openTab(String username) {
        var session = new VaadinSessionDriver(baseUri, heartbeats);
        session.signIn(username, TestTenants.PASSWORD);
        var screen = new SmtpUsersScreenDriver(session, TIMEOUT);
        screen.open(tenantSlug);
        return new Tab(username, session, screen, screen.awaitFirstRows());
    }

    List<Tab> tabs() {
        return List.copyOf(open);
    }

    /** Signs every tab out, so the portal drops their sessions as it would for people logging out. */
    @Override
    public void close() {
        for (Tab tab : open) {
            try {
                tab.session().signOut();
            } catch (RuntimeException ignored) {
                // a tab that failed already counts as an error where it failed
            }
            tab.session().close();
        }
        open.clear();
        heartbeats.shutdownNow();
    }
}
