package com.sendclean.portal.bench.driver;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flow's push channel as vaadinPush.js (Atmosphere 4 client) opens it with the WEBSOCKET transport: the same URL
 * parameters, the protocol handshake ({@code uuid|heartbeat|padding|}), length-prefixed messages
 * ({@code length|payload}, where one WebSocket frame may hold several messages or part of one), and the client
 * heartbeat (the padding character sent every heartbeat interval the server announced).
 */
final class PushConnection implements WebSocket.Listener {

    private static final Logger log = LoggerFactory.getLogger(PushConnection.class);
    /** atmosphere.version in flow-push 25.2's vaadinPush.js. */
    static final String ATMOSPHERE_VERSION = "4.0.1";

    private final Consumer<String> onMessage;
    private final Consumer<Throwable> onFailure;
    private final ScheduledExecutorService scheduler;
    private final CountDownLatch handshake = new CountDownLatch(1);
    private final StringBuilder frame = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();

    private volatile WebSocket socket;
    private volatile String trackingId;
    private volatile String padding = "X";
    private volatile boolean closing;
    private ScheduledFuture<?> heartbeat;

    private PushConnection(Consumer<String> onMessage, Consumer<Throwable> onFailure, ScheduledExecutorService scheduler) {
        this.onMessage = onMessage;
        this.onFailure = onFailure;
        this.scheduler = scheduler;
    }

    /**
     * Opens the push WebSocket and waits for Atmosphere's handshake, so that the server can push to this UI once
     * this returns.
     *
     * @param pushUrl the {@code ws://.../VAADIN/push?v-r=push&v-uiId=..&v-pushId=..} URL without Atmosphere's
     *                parameters
     */
    static PushConnection open(HttpClient http, URI pushUrl, String origin, Consumer<String> onMessage,
                               Consumer<Throwable> onFailure, ScheduledExecutorService scheduler, Duration timeout) {
        var connection = new PushConnection(onMessage, onFailure, scheduler);
        // X-Atmosphere-tracking-id=0 asks for a new id; Content-Type is sent unencoded by atmosphere.js for
        // websockets, which a Java URI cannot hold, so its space is percent-encoded (the server decodes both alike)
        URI url = URI.create(pushUrl + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=" + ATMOSPHERE_VERSION
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true");
        try {
            connection.socket = http.newWebSocketBuilder()
                    .header("Origin", origin)
                    .connectTimeout(timeout)
                    .buildAsync(url, connection)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!connection.handshake.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                connection.close();
                throw new DriverException("No Atmosphere handshake on the push connection within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("Interrupted while opening the push connection", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DriverException("Cannot open the push connection " + pushUrl, e);
        }
        return connection;
    }

    String trackingId() {
        return trackingId;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        // a long message may arrive in several WebSocket fragments; Atmosphere's framing applies to the whole
        frame.append(data);
        if (last) {
            String text = frame.toString();
            frame.setLength(0);
            try {
                receive(text);
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }
        webSocket.request(1);
        return null;
    }

    /** Splits Atmosphere's {@code length|message} stream; a message may span frames and a frame hold several. */
    private void receive(String text) {
        pending.append(text);
        while (true) {
            int bar = pending.indexOf("|");
            if (bar < 0) {
                return;
            }
            int length;
            try {
                length = Integer.parseInt(pending.substring(0, bar).strip());
            } catch (NumberFormatException e) {
                throw new DriverException("Push stream is not length-prefixed: " + abbreviate(pending));
            }
            if (pending.length() < bar + 1 + length) {
                return;
            }
            String message = pending.substring(bar + 1, bar + 1 + length);
            pending.delete(0, bar + 1 + length);
            dispatch(message);
        }
    }

    private void dispatch(String message) {
        if (trackingId == null) {
            // the first message is the protocol handshake: uuid|heartbeatInterval|padding|
            String[] parts = message.split("\\|", -1);
            if (parts.length >= 3) {
                trackingId = parts[0].strip();
                padding = parts[2];
                log.debug("Push connected: tracking id {}, heartbeat every {} ms", trackingId, parts[1]);
                startHeartbeat(parts[1].strip());
                handshake.countDown();
                return;
            }
        }
        if (message.isBlank() || message.equals(padding)) {
            return; // the server's heartbeat
        }
        onMessage.accept(message);
    }

    private synchronized void startHeartbeat(String intervalText) {
        long interval;
        try {
            interval = Long.parseLong(intervalText);
        } catch (NumberFormatException e) {
            return;
        }
        if (interval > 0 && scheduler != null) {
            heartbeat = scheduler.scheduleAtFixedRate(() -> {
                WebSocket current = socket;
                if (current != null && !closing) {
                    current.sendText(padding, true);
                }
            }, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        stopHeartbeat();
        if (!closing) {
            onFailure.accept(new DriverException("The server closed the push connection: " + statusCode + " " + reason));
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        stopHeartbeat();
        if (!closing) {
            log.debug("Push connection failed", error);
            onFailure.accept(error);
        }
    }

    void close() {
        closing = true;
        stopHeartbeat();
        WebSocket current = socket;
        if (current != null && !current.isOutputClosed()) {
            try {
                current.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                current.abort();
            }
        }
    }

    private synchronized void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }

    private static String abbreviate(CharSequence text) {
        return text.length() > 200 ? text.subSequence(0, 200) + "…" : text.toString();
    }
}
