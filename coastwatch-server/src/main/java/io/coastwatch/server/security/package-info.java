/**
 * Who may call the API. Every call is authenticated, except {@code /actuator/health} and the login
 * itself: by a session cookie (the web console, after {@code POST /api/v1/session}), by HTTP Basic, or
 * by a bearer token ({@code POST /api/v1/tokens}; only its SHA-256 is stored). Local accounts with
 * Argon2id password hashes; roles ADMIN (sources, accounts, zones), OPERATOR (writes such as VMS reports)
 * and VIEWER (reads).
 *
 * <p>CSRF: a browser attaches the session cookie by itself, so a state-changing request carried by the
 * session must bear the CSRF token ({@code X-XSRF-TOKEN} header, the value of the {@code XSRF-TOKEN}
 * cookie, also returned by the login). A request with an {@code Authorization} header is not
 * CSRF-checked: a foreign page cannot set that header, and the server never challenges with
 * {@code WWW-Authenticate: Basic}, so browsers never cache Basic credentials to replay. The session
 * cookie is {@code SameSite=Strict} as a second line.
 */
package io.coastwatch.server.security;
