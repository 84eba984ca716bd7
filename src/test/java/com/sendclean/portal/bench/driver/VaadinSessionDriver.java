package com.sendclean.portal.bench.driver;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab of a Vaadin Flow 25 application, without a browser: it signs in through Spring
 * Security's form, bootstraps a UI the way Flow.ts does ({@code ?v-r=init}, then the {@code ui-navigate} event),
 * keeps a minimal state tree, opens the push WebSocket, and sends client-to-server messages as XHR POSTs to
 * {@code ?v-r=uidl}, which is what the real client does when the server says {@code alwaysXhrToServer}.
 *
 * <p>Used by one thread at a time, while pushed messages arrive on the WebSocket's thread: the state (tree, grids,
 * notifications, sync id) is guarded by one lock, and sending by another, so messages keep Flow's order.
 */
public final class VaadinSessionDriver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VaadinSessionDriver.class);
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
    private static final Pattern META_CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** gridConnector.ts asks for whole pages; Flow's grid uses 50 unless the server sets pageSize. */
    private static final int DEFAULT_PAGE_SIZE = 50;

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;

    private final ReentrantLock stateLock = new ReentrantLock();
    private final Condition stateChanged = stateLock.newCondition();
    private final ReentrantLock sendLock = new ReentrantLock();

    // guarded by stateLock
    private ClientState state;
    private int lastSyncId = -1;
    private final TreeMap<Integer, UidlMessage> outOfOrder = new TreeMap<>();
    private Throwable failure;

    // guarded by sendLock
    private int clientId;
    private final Map<Integer, Integer> promiseIds = new HashMap<>();

    private volatile Ui ui;
    private volatile boolean closed;
    private volatile PushConnection push;
    private volatile String springCsrfParameter = "_csrf";
    private volatile String springCsrfToken;
    private ScheduledFuture<?> uiHeartbeat;

    /** The identifiers one UI got from its init request. */
    record Ui(int uiId, String securityKey, String pushId, String appId, String appShellTitle) {}

    /**
     * @param baseUri   the application's root, e.g. {@code http://localhost:8080/}
     * @param scheduler runs the push and UI heartbeats; may be shared by many drivers, and may be null for short
     *                  sessions (Vaadin closes a UI only after three missed 5-minute heartbeats)
     */
    public VaadinSessionDriver(URI baseUri, ScheduledExecutorService scheduler) {
        this.base = baseUri.toString().endsWith("/") ? baseUri : URI.create(baseUri + "/");
        this.scheduler = scheduler;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public VaadinSessionDriver(URI baseUri) {
        this(baseUri, null);
    }

    // ---------------------------------------------------------------- sign-in

    /**
     * Signs in as a browser does on the login page: loads it for Spring Security's CSRF token (LoginForm posts it as
     * {@code _csrf}, or the {@code XSRF-TOKEN} cookie when there is one), then posts the form.
     *
     * @throws DriverException when Spring Security sends the browser back to {@code /login?error} or the login page
     */
    public void signIn(String username, String password) {
        getPage("login");
        String token = cookie("XSRF-TOKEN").orElse(springCsrfToken);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        if (token != null) {
            form.put(springCsrfParameter, token);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() / 100 != 3 || location.contains("/login")) {
            // the password is never part of the message
            throw new DriverException("Sign-in of " + username + " failed: HTTP " + response.statusCode() + " to " + location);
        }
    }

    /**
     * Signs out through Spring Security's logout endpoint as a page's logout form would. The CSRF token changes at
     * sign-in, so a page is loaded first for the current one.
     *
     * @throws DriverException when the server does not confirm the sign-out with a redirect
     */
    public void signOut() {
        closePush();
        getPage("login");
        String token = cookie("XSRF-TOKEN").orElse(springCsrfToken);
        Map<String, String> form = token == null ? Map.of() : Map.of(springCsrfParameter, token);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
        if (response.statusCode() / 100 != 3) {
            throw new DriverException("Sign-out failed: HTTP " + response.statusCode());
        }
    }

    // ---------------------------------------------------------------- opening a route

    /**
     * Opens a route in this tab as typing its address does: loads the page, creates the UI with
     * {@code ?v-r=init}, opens the push connection, then sends the {@code ui-navigate} event that makes the server
     * render the view. Any push connection of a previous UI of this tab is closed first, as a page load does.
     *
     * @param route the route without leading slash, e.g. {@code t/acme/smtp-users}; may carry a query
     */
    public void open(String route) {
        closePush();
        String path = route.startsWith("/") ? route.substring(1) : route;
        String query = "";
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q + 1);
            path = path.substring(0, q);
        }
        String html = getPage(path + (query.isEmpty() ? "" : "?" + query)).body();
        Matcher title = TITLE.matcher(html);
        String appShellTitle = title.find() ? title.group(1) : "";

        HttpResponse<String> init = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + encode(path)
                + "&query=" + encode(query) + browserDetails())).GET());
        if (init.statusCode() != 200 || !init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new DriverException("Init request for " + path + " failed: HTTP " + init.statusCode());
        }
        JsonNode response = UidlMessage.JSON.readTree(init.body());
        JsonNode appConfig = response.path("appConfig");
        UidlMessage initial = new UidlMessage(appConfig.path("uidl"));
        Ui newUi = new Ui(appConfig.path("v-uiId").asInt(), initial.json().path("Vaadin-Security-Key").asString(),
                UidlMessage.text(initial.json().get("Vaadin-Push-ID")), appConfig.path("appId").asString(), appShellTitle);

        sendLock.lock();
        try {
            stateLock.lock();
            try {
                state = new ClientState();
                lastSyncId = -1;
                outOfOrder.clear();
                failure = null;
            } finally {
                stateLock.unlock();
            }
            clientId = 0;
            promiseIds.clear();
            ui = newUi;
        } finally {
            sendLock.unlock();
        }
        receive(initial);

        if (newUi.pushId() != null) {
            URI pushUrl = URI.create(base.resolve("VAADIN/push").toString().replaceFirst("^http", "ws")
                    + "?v-r=push&v-uiId=" + newUi.uiId() + "&v-pushId=" + newUi.pushId());
            push = PushConnection.open(http, pushUrl, origin(), this::onPushed, this::onPushFailure, scheduler,
                    Duration.ofSeconds(10));
        }
        startUiHeartbeat(appConfig.path("heartbeatInterval").asInt(300));

        // the data Flow.ts sends with its ui-navigate event on the UI's root element (node 1)
        ObjectNode data = UidlMessage.JSON.createObjectNode();
        data.put("route", path);
        data.put("query", query);
        data.put("appShellTitle", appShellTitle);
        data.putNull("historyState");
        data.put("trigger", "");
        sendRpc(List.of(event(1, "ui-navigate", data)));
    }

    /** Browser details Flow.ts sends with the init request: a 1280×900 desktop Chromium on Linux, UTC. */
    private static String browserDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("v-sh", "900");
        details.put("v-sw", "1280");
        details.put("v-wh", "900");
        details.put("v-ww", "1280");
        details.put("v-bh", "900");
        details.put("v-bw", "1280");
        details.put("v-curdate", Long.toString(System.currentTimeMillis()));
        details.put("v-tzo", "0");
        details.put("v-dstd", "0");
        details.put("v-rtzo", "0");
        details.put("v-dston", "false");
        details.put("v-tzid", "UTC");
        details.put("v-td", "false");
        details.put("v-pr", "1");
        details.put("v-np", "Linux x86_64");
        details.put("v-cs", "");
        details.put("v-pv", "VISIBLE");
        details.put("v-fs", "NOT_FULLSCREEN");
        details.put("v-so", "landscape-primary");
        details.put("v-soa", "0");
        details.put("v-tn", "lumo");
        details.put("v-ws", "false");
        return details.entrySet().stream().map(e -> "&" + e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining());
    }

    /** The UI this tab shows, once {@link #open} has run. */
    Ui ui() {
        Ui current = ui;
        if (current == null) {
            throw new IllegalStateException("No UI yet: open a route first");
        }
        return current;
    }

    /** Whether the push WebSocket of the current UI has completed Atmosphere's handshake. */
    public boolean pushConnected() {
        PushConnection current = push;
        return current != null && current.trackingId() != null;
    }

    // ---------------------------------------------------------------- client-to-server messages

    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = UidlMessage.JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode propertySync(int node, String property, JsonNode value) {
        ObjectNode rpc = UidlMessage.JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", StateTree.PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /**
     * The messages a browser sends for a DOM event the server listens to: an {@code mSync} for each property the
     * listener synchronizes ({@code "}name"} expressions, taken from {@code properties}), then the event with a
     * value for each of its data expressions ({@code eventValues}, else what a plain key or focus event has).
     */
    List<ObjectNode> domEvent(int node, String event, Map<String, JsonNode> properties, Map<String, JsonNode> eventValues) {
        Map<String, JsonNode> expressions = read(s -> s.tree().node(node)
                .map(n -> s.tree().listenerExpressions(n, event)).orElse(Map.of()));
        List<ObjectNode> rpcs = new ArrayList<>();
        ObjectNode data = UidlMessage.JSON.createObjectNode();
        for (String expression : expressions.keySet()) {
            if (expression.startsWith("}")) {
                JsonNode value = properties.get(expression.substring(1));
                if (value != null) {
                    rpcs.add(propertySync(node, expression.substring(1), value));
                }
            } else if (eventValues.containsKey(expression)) {
                data.set(expression, eventValues.get(expression));
            } else if (expression.matches("event\\.(altKey|ctrlKey|metaKey|shiftKey|repeat|isComposing)")) {
                data.put(expression, false);
            } else if (expression.equals("event.location")) {
                data.put(expression, 0);
            } else {
                data.putNull(expression);
            }
        }
        rpcs.add(event(node, event, data));
        return rpcs;
    }

    /** A LitRenderer function call: {@code [functionName, itemKey, args]} over the renderer's return channel. */
    static ObjectNode channel(LitRendererRegistration renderer, String function, String itemKey, ArrayNode args) {
        ObjectNode rpc = UidlMessage.JSON.createObjectNode();
        rpc.put("type", "channel");
        rpc.put("node", renderer.channelNode());
        rpc.put("channel", renderer.channel());
        ArrayNode channelArgs = rpc.putArray("args");
        channelArgs.add(function);
        channelArgs.add(itemKey);
        channelArgs.add(args);
        return rpc;
    }

    /** An {@code element.$server.method(args)} call; Flow numbers each element's promises from 0. */
    private ObjectNode serverMethod(int node, String method, ArrayNode args) {
        ObjectNode rpc = UidlMessage.JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", args);
        rpc.put("promise", promiseIds.merge(node, 1, Integer::sum) - 1);
        return rpc;
    }

    /**
     * Sends the invocations in one UIDL message and applies the response, then sends whatever the simulated client
     * owes the server because of it (grid confirmations and page requests), as gridConnector.ts would.
     */
    void sendRpc(List<ObjectNode> rpcs) {
        List<FollowUp> followUps = sendNow(rpcs);
        while (!followUps.isEmpty()) {
            followUps = sendFollowUps(followUps);
        }
    }

    private List<FollowUp> sendFollowUps(List<FollowUp> followUps) {
        sendLock.lock();
        try {
            List<ObjectNode> rpcs = new ArrayList<>();
            for (FollowUp followUp : followUps) {
                rpcs.add(serverMethod(followUp.node(), followUp.method(), followUp.args()));
            }
            return sendNow(rpcs);
        } finally {
            sendLock.unlock();
        }
    }

    private List<FollowUp> sendNow(List<ObjectNode> rpcs) {
        Ui current = ui();
        sendLock.lock();
        try {
            ObjectNode payload = UidlMessage.JSON.createObjectNode();
            payload.put("csrfToken", current.securityKey());
            ArrayNode rpc = payload.putArray("rpc");
            rpcs.forEach(rpc::add);
            payload.put("syncId", syncId());
            payload.put("clientId", clientId++);
            // types only: messages can carry what users type, and pushed ones revealed passwords
            log.trace("-> {}", rpcs.stream().map(r -> r.path("type").asString() + "@" + r.path("node").asInt()).toList());
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            base.resolve("?v-r=uidl&v-uiId=" + current.uiId()))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload.toString())));
            if (response.statusCode() != 200) {
                throw new DriverException("UIDL request failed: HTTP " + response.statusCode());
            }
            return receive(UidlMessage.parse(response.body()));
        } finally {
            sendLock.unlock();
        }
    }

    private int syncId() {
        stateLock.lock();
        try {
            return lastSyncId;
        } finally {
            stateLock.unlock();
        }
    }

    // ---------------------------------------------------------------- server-to-client messages

    private void onPushed(String text) {
        List<FollowUp> followUps = receive(UidlMessage.parse(text));
        // answering on the WebSocket's thread keeps the answers in order with what caused them
        while (!followUps.isEmpty()) {
            followUps = sendFollowUps(followUps);
        }
    }

    private void onPushFailure(Throwable error) {
        stateLock.lock();
        try {
            if (failure == null) {
                failure = error;
            }
            stateChanged.signalAll();
        } finally {
            stateLock.unlock();
        }
    }

    /**
     * Applies messages in server order, as Flow's MessageHandler does: a pushed message may overtake an XHR
     * response, so one that comes early waits for the ones before it; one already seen is dropped.
     */
    private List<FollowUp> receive(UidlMessage message) {
        stateLock.lock();
        try {
            if (message.sessionExpired()) {
                failure = new DriverException("The server says the session has expired");
                stateChanged.signalAll();
                return List.of();
            }
            if (message.resynchronize()) {
                failure = new DriverException("The server asked the client to resynchronize: the driver lost a message");
                stateChanged.signalAll();
                return List.of();
            }
            int syncId = message.syncId();
            if (syncId >= 0 && lastSyncId >= 0) {
                if (syncId <= lastSyncId) {
                    return List.of();
                }
                if (syncId > lastSyncId + 1) {
                    outOfOrder.put(syncId, message);
                    return List.of();
                }
            }
            List<FollowUp> followUps = new ArrayList<>(apply(message));
            while (!outOfOrder.isEmpty() && outOfOrder.firstKey() == lastSyncId + 1) {
                followUps.addAll(apply(outOfOrder.pollFirstEntry().getValue()));
            }
            stateChanged.signalAll();
            return followUps;
        } finally {
            stateLock.unlock();
        }
    }

    private List<FollowUp> apply(UidlMessage message) {
        log.trace("<- syncId {}: {} changes, {} scripts", message.syncId(), message.changes().size(), message.execute().size());
        if (message.syncId() >= 0) {
            lastSyncId = message.syncId();
        }
        ClientState current = state;
        current.tree().apply(message);
        for (JsonNode invocation : message.execute()) {
            JsInvocation js = JsInvocation.of(invocation);
            LitRendererRegistration.from(js).ifPresent(current.renderers()::add);
            if (js.expression().contains("gridConnector.initLazy")) {
                js.thisNode().or(() -> js.params().stream().map(JsInvocation::nodeId).flatMap(Optional::stream).findFirst())
                        .ifPresent(node -> current.grids().computeIfAbsent(node, GridConnector::new));
            }
            for (JsInvocation.ConnectorCall call : js.connectorCalls()) {
                current.grids().computeIfAbsent(call.node(), GridConnector::new).call(call);
            }
        }
        int known = current.notices().size();
        current.noticeNotifications(System.nanoTime());
        for (Notice notice : current.notices().subList(known, current.notices().size())) {
            scheduleClose(notice);
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (GridConnector grid : current.grids().values()) {
            for (int id : grid.takeConfirmations()) {
                followUps.add(new FollowUp(grid.node(), "confirmUpdate", UidlMessage.JSON.createArrayNode().add(id)));
            }
            // combo boxes share the connector's confirm protocol but ask for items only when opened
            Optional<StateTree.StateNode> element = current.tree().node(grid.node());
            if (element.isEmpty() || !"vaadin-grid".equals(element.get().tag())) {
                continue;
            }
            JsonNode pageSizeProperty = element.get().propertyJson("pageSize");
            int pageSize = pageSizeProperty != null && pageSizeProperty.isNumber() ? pageSizeProperty.asInt() : DEFAULT_PAGE_SIZE;
            if (grid.needsFirstPage(pageSize)) {
                grid.firstPageRequested();
                followUps.add(new FollowUp(grid.node(), "setViewportRange",
                        UidlMessage.JSON.createArrayNode().add(0).add(pageSize)));
            }
        }
        return followUps;
    }

    /**
     * A browser's notification closes itself after its duration and tells the server, which then removes it; without
     * this every confirmation would stay in the server's UI for the whole benchmark.
     */
    private void scheduleClose(Notice notice) {
        Ui shownIn = ui;
        if (scheduler == null || notice.durationMillis() <= 0 || shownIn == null) {
            return;
        }
        scheduler.schedule(() -> {
            if (ui != shownIn || closed) {
                return;
            }
            try {
                if (!read(s -> s.tree().node(notice.node()).isPresent())) {
                    return;
                }
                List<ObjectNode> rpcs = new ArrayList<>(domEvent(notice.node(), "opened-changed",
                        Map.of("opened", BooleanNode.FALSE), Map.of()));
                rpcs.addAll(domEvent(notice.node(), "closed", Map.of(), Map.of()));
                sendRpc(rpcs);
            } catch (RuntimeException e) {
                log.debug("Closing notification {} failed", notice.node(), e);
            }
        }, notice.durationMillis(), TimeUnit.MILLISECONDS);
    }

    /** A {@code $server} call the simulated client makes in answer to a message. */
    private record FollowUp(int node, String method, ArrayNode args) {}

    // ---------------------------------------------------------------- reading and waiting

    /** Reads the client state under its lock; the function must not keep references to it. */
    <T> T read(Function<ClientState, T> reader) {
        stateLock.lock();
        try {
            ensureHealthy();
            return reader.apply(state);
        } finally {
            stateLock.unlock();
        }
    }

    /**
     * Waits until the state satisfies the condition, woken by every applied message rather than polling.
     *
     * @throws DriverException on timeout, or when the push connection failed or the server gave up on this UI
     */
    <T> T await(Function<ClientState, Optional<T>> condition, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        stateLock.lock();
        try {
            while (true) {
                ensureHealthy();
                Optional<T> result = condition.apply(state);
                if (result.isPresent()) {
                    return result.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new DriverException("Timed out after " + timeout.toMillis() + " ms waiting for " + description);
                }
                stateChanged.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("Interrupted while waiting for " + description, e);
        } finally {
            stateLock.unlock();
        }
    }

    void awaitUntil(Predicate<ClientState> condition, Duration timeout, String description) {
        Function<ClientState, Optional<Boolean>> asOptional = s -> condition.test(s) ? Optional.of(true) : Optional.empty();
        await(asOptional, timeout, description);
    }

    private void ensureHealthy() {
        if (state == null) {
            throw new IllegalStateException("No UI yet: open a route first");
        }
        if (failure != null) {
            throw failure instanceof DriverException driverException ? driverException
                    : new DriverException("Push connection failed: " + failure, failure);
        }
    }

    /**
     * What the simulated browser knows of its UI: the state tree, the lazy grids, the LitRenderers and the
     * notifications shown so far. Only touched under the driver's state lock.
     */
    static final class ClientState {

        private final StateTree tree = new StateTree();
        private final Map<Integer, GridConnector> grids = new LinkedHashMap<>();
        private final List<LitRendererRegistration> renderers = new ArrayList<>();
        private final List<Notice> notices = new ArrayList<>();
        private final Map<Integer, String> noticed = new HashMap<>();

        StateTree tree() {
            return tree;
        }

        Map<Integer, GridConnector> grids() {
            return grids;
        }

        List<LitRendererRegistration> renderers() {
            return renderers;
        }

        /** Every notification opened since the UI was created, oldest first. */
        List<Notice> notices() {
            return notices;
        }

        private void noticeNotifications(long now) {
            for (StateTree.StateNode node : tree.byTag("vaadin-notification")) {
                String text = node.property("text");
                String theme = node.attribute("theme");
                String seen = text + "|" + theme;
                if ((text != null || theme != null) && !seen.equals(noticed.get(node.id()))) {
                    noticed.put(node.id(), seen);
                    JsonNode duration = node.propertyJson("duration");
                    notices.add(new Notice(node.id(), text == null ? "" : text, theme == null ? "" : theme, now,
                            duration != null && duration.isNumber() ? duration.asLong() : 0));
                }
            }
        }
    }

    /** A notification as it appeared: its text, its theme ({@code success}, {@code error}) and when it arrived. */
    record Notice(int node, String text, String theme, long arrivedNanos, long durationMillis) {

        boolean isError() {
            return theme.contains("error");
        }
    }

    // ---------------------------------------------------------------- HTTP plumbing

    private HttpResponse<String> getPage(String path) {
        URI uri = base.resolve(path);
        for (int redirects = 0; redirects < 5; redirects++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
            if (response.statusCode() / 100 == 3) {
                uri = uri.resolve(response.headers().firstValue("Location").orElseThrow());
                continue;
            }
            if (response.statusCode() != 200) {
                throw new DriverException("GET " + uri + " answered HTTP " + response.statusCode());
            }
            Matcher token = META_CSRF.matcher(response.body());
            if (token.find()) {
                springCsrfToken = token.group(1);
            }
            Matcher parameter = META_CSRF_PARAMETER.matcher(response.body());
            if (parameter.find()) {
                springCsrfParameter = parameter.group(1);
            }
            return response;
        }
        throw new DriverException("Too many redirects from " + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DriverException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("Interrupted during a request", e);
        }
    }

    /** A cookie this tab holds for the application, e.g. the load balancer's sticky one (figure 8). */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Gives this tab a cookie another tab held, as a browser keeps its cookies when its server goes away. */
    public void carryCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    // ---------------------------------------------------------------- heartbeats and closing

    /** Vaadin closes a UI that misses three heartbeats; a long benchmark keeps its UIs alive as a tab does. */
    private synchronized void startUiHeartbeat(int intervalSeconds) {
        if (uiHeartbeat != null) {
            uiHeartbeat.cancel(false);
        }
        if (scheduler == null || intervalSeconds <= 0) {
            return;
        }
        int uiId = ui().uiId();
        uiHeartbeat = scheduler.scheduleAtFixedRate(() -> {
            try {
                send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                        .POST(HttpRequest.BodyPublishers.noBody()));
            } catch (RuntimeException e) {
                log.debug("UI heartbeat failed", e);
            }
        }, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    private void closePush() {
        PushConnection current = push;
        push = null;
        if (current != null) {
            current.close();
        }
    }

    /** Closes the push connection and stops the heartbeats; the HTTP session stays until it times out or signs out. */
    @Override
    public void close() {
        closed = true;
        closePush();
        synchronized (this) {
            if (uiHeartbeat != null) {
                uiHeartbeat.cancel(false);
            }
        }
        http.close();
    }
}
