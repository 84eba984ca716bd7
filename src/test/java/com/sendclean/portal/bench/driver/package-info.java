/**
 * A browserless client of the portal's Vaadin Flow 25 UI, so that benchmarks can run many simulated users on a
 * small machine. {@link com.sendclean.portal.bench.driver.VaadinSessionDriver} is one browser tab;
 * {@link com.sendclean.portal.bench.driver.SmtpUsersScreenDriver} works the SMTP users screen with it.
 *
 * <p>What the driver reproduces, as read from flow-client, flow-push and the component connectors of 25.2 and seen
 * on the running portal:
 * <ul>
 *   <li>Sign-in: {@code GET /login} for the {@code <meta name="_csrf">} token, then the form post of
 *       {@code username}, {@code password} and {@code _csrf}; success is a redirect that is not to {@code /login}.</li>
 *   <li>Bootstrap: the page's HTML, then {@code GET /?v-r=init&location=<route>&query=<query>} plus Flow.ts's
 *       browser details ({@code v-sw}, {@code v-tzid}, ...). The JSON answer holds {@code appConfig.v-uiId} and the
 *       first UIDL message with {@code Vaadin-Security-Key} and {@code Vaadin-Push-ID}. The view itself comes with
 *       the answer to the {@code ui-navigate} event on node 1 (data {@code route, query, appShellTitle,
 *       historyState, trigger}).</li>
 *   <li>Client-to-server: {@code POST /?v-r=uidl&v-uiId=N} with {@code {csrfToken, rpc, syncId, clientId}}; the
 *       server sets {@code alwaysXhrToServer}, so the browser does not use the WebSocket for these either.</li>
 *   <li>Push: {@code ws://host/VAADIN/push?v-r=push&v-uiId=N&v-pushId=ID&X-Atmosphere-tracking-id=0
 *       &X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true
 *       &Content-Type=application/json; charset=UTF-8&X-atmo-protocol=true}; messages are {@code length|payload},
 *       the first is {@code uuid|heartbeatMillis|padding|} (the portal announces 0: no heartbeats), and the
 *       padding alone would be a heartbeat.</li>
 *   <li>LitRenderer functions: {@code {"type":"channel","node":N,"channel":C,"args":[fn, itemKey, [args]]}} with
 *       N and C from {@code {"@v-return":[N,C]}} in the {@code setLitRenderer} script.</li>
 *   <li>Grid: {@code $connector.updateSize/set/updateFlatData/clear/reset/confirm} scripts; the client answers
 *       with {@code publishedEventHandler} calls {@code setViewportRange(0, 50)} and {@code confirmUpdate(id)}.</li>
 *   <li>Editor field: {@code mSync} of {@code value} and {@code _inputElementValue}, the {@code change} event,
 *       then {@code keydown} with {@code event.key = "Enter"}; Flow checks Key.ENTER on the server, so there is no
 *       client-side filter expression.</li>
 * </ul>
 */
package com.sendclean.portal.bench.driver;
