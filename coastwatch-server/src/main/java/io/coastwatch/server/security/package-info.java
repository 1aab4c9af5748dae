/**
 * Who may call the API, and as whom. Every call is authenticated, except the console's files, the log-in
 * and {@code /actuator/health}: by a session cookie (the web console, after {@code POST /api/v1/session}
 * with a password, or after signing in at the OpenID Connect provider), by a bearer token (a local one from
 * {@code POST /api/v1/tokens}, only its SHA-256 stored; or the provider's JWT), or by HTTP Basic while
 * allowed. Local accounts with Argon2id password hashes, a password policy, lock-out and back-off, an
 * optional TOTP second factor; every account, token and session write audited ({@code
 * AccountAudit}) and logged ({@code SecurityLog}).
 *
 * <p>Roles are held per unit ({@link io.coastwatch.operations.access.RoleAssignment}); what each role may
 * call is the {@link io.coastwatch.server.security.AccessTable}, the only place the server decides by role.
 * What a caller reaches is their {@link io.coastwatch.operations.access.UnitScope} of today
 * ({@link io.coastwatch.server.security.Scopes}), given to controllers as a parameter with their
 * {@link io.coastwatch.operations.access.Actor}; whether a place lies in it is {@code server.zone.Areas}'s.
 *
 * <p>CSRF: a browser attaches the session cookie by itself, so a state-changing request carried by the
 * session must bear the CSRF token ({@code X-XSRF-TOKEN} header, the value of the {@code XSRF-TOKEN}
 * cookie). Only a request whose bearer token or Basic credentials verified is spared; an
 * {@code Authorization} header that did not authenticate spares nothing. The session cookie is
 * {@code SameSite=Strict} and {@code HttpOnly} as a second line. {@code docs/access.md} is the whole story.
 */
package io.coastwatch.server.security;
