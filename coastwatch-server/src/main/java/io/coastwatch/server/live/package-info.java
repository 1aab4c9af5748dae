/**
 * {@code WS /api/v1/live}: vessel updates pushed to clients, each limited to the bounding box it sets
 * and throttled to the rate it asks, and every alert change pushed to every client, unthrottled. The
 * engine's listener only records the latest state per vessel and client (coalescing); each client's
 * own virtual thread sends, so a slow client delays nobody: the states it could not take in time are
 * superseded and counted. A heartbeat with the server's time and the newest data's event time goes to
 * every client every few seconds, so that a client can tell a frozen server from a quiet sea.
 */
package io.coastwatch.server.live;
