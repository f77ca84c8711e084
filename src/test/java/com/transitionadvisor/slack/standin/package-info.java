/**
 * A local stand-in for Slack, so tests run the real Bolt {@code App} and {@code SocketModeApp} (Tyrus backend)
 * over real sockets without reaching Slack.
 *
 * <ul>
 *   <li>{@link com.transitionadvisor.slack.standin.SlackStandIn}: the entry point; starts the servers, sends
 *       envelopes (to the newest connection, or spread at random over several app copies' connections, as Slack
 *       does), redelivers events nobody acked, records calls and acks, injects faults.</li>
 *   <li>{@link com.transitionadvisor.slack.standin.SlackPayloads}: Socket Mode payloads from the JSON fixtures in
 *       {@code src/test/resources/slack/}.</li>
 *   <li>{@link com.transitionadvisor.slack.standin.ApiCall}: one recorded HTTP call (Web API or
 *       {@code response_url}).</li>
 *   <li>Package-private: {@code WebApiServer} (JDK HttpServer), {@code SocketModeServer} (Java-WebSocket),
 *       {@code MethodAnswers} (canned Web API answers), {@code RequestDecoder} (form/JSON to {@code ApiCall}),
 *       {@code Signal} (waiting with a deadline, no polling).</li>
 * </ul>
 *
 * <p>SDK 1.48.0 behaviours these tests rely on, observed against the stand-in:
 * <ul>
 *   <li>{@code apps.connections.open} is called twice at start-up (client factory, then connect) and once per
 *       reconnect; {@code auth.test} once in {@code App.start()} and again on the first request
 *       ({@code SingleTeamAuthorization} refreshes its cache), then cached.</li>
 *   <li>Web API calls are form-encoded with {@code Authorization: Bearer <token>} ({@code Bearer null} when no
 *       token is set); Block Kit travels as JSON text in {@code blocks} / {@code view}. {@code respond(...)}
 *       posts JSON to the {@code response_url}.</li>
 *   <li>A {@code disconnect} frame makes the client reconnect in well under a second; an abrupt drop is noticed
 *       by the session monitor after about 5 s. The Tyrus client's {@code connect()} logs a failed handshake
 *       instead of throwing.</li>
 * </ul>
 */
package com.transitionadvisor.slack.standin;
