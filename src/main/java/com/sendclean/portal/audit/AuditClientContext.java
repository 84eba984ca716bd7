package com.sendclean.portal.audit;

import com.sendclean.portal.shared.ClientAddresses;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Finds the client (address and user agent) of the action being recorded. In a request thread it reads the
 * request: Vaadin's current request (also over the push WebSocket), else Spring's, else the Vaadin session's
 * browser details. Background tasks have no request, so this is also a {@link TaskDecorator}: the executor of
 * {@code ui.BackgroundTasks} captures the client where the task is submitted (the UI thread) and restores it in
 * the worker thread for the task's duration.
 */
@Component
public class AuditClientContext implements TaskDecorator {

    private static final int MAX_USER_AGENT = 500;

    /** One per bean, not static: the client of the task running on this thread. */
    private final ThreadLocal<ClientInfo> carried = new ThreadLocal<>();

    /** The client of the current thread's request or task, or {@link ClientInfo#NONE}. */
    public ClientInfo current() {
        ClientInfo inTask = carried.get();
        if (inTask != null) {
            return inTask;
        }
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null) {
            String agent = vaadinRequest.getHeader("User-Agent");
            if (agent == null && VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getBrowser() != null) {
                agent = VaadinSession.getCurrent().getBrowser().getUserAgent();
            }
            return of(vaadinRequest.getRemoteAddr(), agent);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return of(request.getRemoteAddr(), request.getHeader("User-Agent"));
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null) {
            return of(session.getBrowser().getAddress(), session.getBrowser().getUserAgent());
        }
        return ClientInfo.NONE;
    }

    /** Runs {@code work} as if it came from {@code client}. */
    public <T> T runAs(ClientInfo client, Supplier<T> work) {
        ClientInfo previous = carried.get();
        carried.set(client);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                carried.remove();
            } else {
                carried.set(previous);
            }
        }
    }

    @Override
    public Runnable decorate(Runnable runnable) {
        ClientInfo client = current();
        return () -> runAs(client, () -> {
            runnable.run();
            return null;
        });
    }

    private static ClientInfo of(String ip, String userAgent) {
        String agent = userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent
                : userAgent.substring(0, MAX_USER_AGENT);
        // behind a trusted proxy the address comes from X-Forwarded-For; only a literal IP address is believed
        return new ClientInfo(ClientAddresses.literal(ip).orElse(null), agent);
    }
}
