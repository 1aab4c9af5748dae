package io.coastwatch.server.security;

import static io.coastwatch.operations.access.Role.COMMANDER;
import static io.coastwatch.operations.access.Role.DUTY_OFFICER;
import static io.coastwatch.operations.access.Role.LIAISON;
import static io.coastwatch.operations.access.Role.STAFF_ANALYST;
import static io.coastwatch.operations.access.Role.STATION_OFFICER;
import static io.coastwatch.operations.access.Role.SYSTEM_ADMIN;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.coastwatch.operations.access.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What each role may call: one row per endpoint and method, the path written as in the OpenAPI document
 * ({@code /api/v1/alerts/{id}/{action}}). This table is the only place the server decides by role; which
 * records a role reaches (its unit's subtree and areas) is the scope's ({@link Scopes}; whether a place lies
 * in it, {@code server.zone.Areas}). A request that
 * matches no row is refused (401 anonymous, 403 signed in). A {@code GET} row also covers {@code HEAD}.
 * {@code AuthorizationTest} calls every endpoint of the OpenAPI document as every role and fails for an
 * endpoint without a row. What each role sees is written out in {@code docs/access.md}.
 *
 * <p>Adding an endpoint is adding one line to {@link #ROWS}: {@code row(POST, "/api/v1/cases", ACTING)}.
 * Immutable and thread-safe.
 */
public final class AccessTable {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    /** Anyone, without signing in. */
    public static final Who ANYONE = new Who(true, false, Set.of());
    /** Any signed-in account, whatever its roles (its own session, tokens and password). */
    public static final Who ANY_ACCOUNT = new Who(false, true, Set.of());
    /** System administrators only. */
    public static final Who ADMINS = roles(SYSTEM_ADMIN);
    /** Every role of the command's own people: the province's live picture and its records. Not a liaison. */
    public static final Who PICTURE = roles(EnumSet.complementOf(EnumSet.of(LIAISON)).toArray(Role[]::new));
    /** The roles that act on what the picture shows (alerts, VMS reports), within their scope. */
    public static final Who ACTING = roles(SYSTEM_ADMIN, COMMANDER, DUTY_OFFICER, STATION_OFFICER);
    /** Those who change the zones of their areas: administrators (all), commanders (their units' areas). */
    public static final Who ZONE_KEEPERS = roles(SYSTEM_ADMIN, COMMANDER);

    /** Every role; what each reaches is its scope's. */
    public static final Who EVERY_ROLE = roles(Role.values());
    /** Those who set plans and targets, within their scope ({@code operations/plan/usecase/PlanDesk}). */
    public static final Who PLANNERS = roles(COMMANDER, STAFF_ANALYST);

    /** The rows, in any order: the most specific path wins, as in Spring MVC. */
    static final List<Row> ROWS = List.of(
            // The console's files, its log-in, the health probe and the error page.
            row(GET, "/", ANYONE),
            row(GET, "/index.html", ANYONE),
            row(GET, "/favicon.ico", ANYONE),
            row(GET, "/console/**", ANYONE),
            row(GET, "/webjars/**", ANYONE),
            row(GET, "/error", ANYONE),
            row(GET, "/actuator/health", ANYONE),
            row(GET, "/actuator/health/**", ANYONE),
            row(GET, "/actuator/prometheus", ADMINS),
            row(GET, "/api/v1/openapi.json", ANY_ACCOUNT),
            row(GET, "/api/v1/openapi.json/**", ANY_ACCOUNT),
            row(GET, "/api/v1/docs", ANY_ACCOUNT),
            row(GET, "/api/v1/docs/**", ANY_ACCOUNT),
            row(GET, "/swagger-ui/**", ANY_ACCOUNT),
            // Signing in and what each account does for itself.
            row(GET, "/api/v1/session/providers", ANYONE),
            row(POST, "/api/v1/session", ANYONE),
            row(GET, "/api/v1/session", ANY_ACCOUNT),
            row(DELETE, "/api/v1/session", ANY_ACCOUNT),
            row(GET, "/api/v1/sessions", ANY_ACCOUNT),
            row(DELETE, "/api/v1/sessions/{id}", ANY_ACCOUNT),
            row(GET, "/api/v1/tokens", ANY_ACCOUNT),
            row(POST, "/api/v1/tokens", ANY_ACCOUNT),
            row(DELETE, "/api/v1/tokens/{id}", ANY_ACCOUNT),
            row(PUT, "/api/v1/accounts/{username}/password", ANY_ACCOUNT),
            row(POST, "/api/v1/accounts/{username}/second-factor", ANY_ACCOUNT),
            row(POST, "/api/v1/accounts/{username}/second-factor/confirm", ANY_ACCOUNT),
            row(DELETE, "/api/v1/accounts/{username}/second-factor", ANY_ACCOUNT),
            // Accounts and their roles per unit.
            row(GET, "/api/v1/accounts", ADMINS),
            row(POST, "/api/v1/accounts", ADMINS),
            row(GET, "/api/v1/accounts/{username}", ADMINS),
            row(PUT, "/api/v1/accounts/{username}", ADMINS),
            row(DELETE, "/api/v1/accounts/{username}", ADMINS),
            row(GET, "/api/v1/roles", ANY_ACCOUNT),
            // The console's settings and base map.
            row(GET, "/api/v1/console", ANY_ACCOUNT),
            row(GET, "/map/land.geojson", ANY_ACCOUNT),
            row(GET, "/map/places.geojson", ANY_ACCOUNT),
            // The live picture: vessels, tracks, replay, the WebSocket.
            row(GET, "/api/v1/vessels", PICTURE),
            row(GET, "/api/v1/vessels/{id}", PICTURE),
            row(GET, "/api/v1/vessels/{id}/track", PICTURE),
            row(GET, "/api/v1/replay", PICTURE),
            row(GET, "/api/v1/live", PICTURE),
            row(POST, "/api/v1/vms", roles(SYSTEM_ADMIN, DUTY_OFFICER, STATION_OFFICER)),
            // Feeds, zones, rules and the registry: the command's settings.
            row(GET, "/api/v1/sources", PICTURE),
            row(GET, "/api/v1/sources/{id}", PICTURE),
            row(POST, "/api/v1/sources", ADMINS),
            row(DELETE, "/api/v1/sources/{id}", ADMINS),
            row(GET, "/api/v1/zones", PICTURE),
            row(GET, "/api/v1/zones/{id}", PICTURE),
            row(GET, "/api/v1/zones/{id}/history", PICTURE),
            row(GET, "/api/v1/zones/{id}/visits", PICTURE),
            row(POST, "/api/v1/visits", PICTURE),
            row(POST, "/api/v1/zones", ZONE_KEEPERS),
            row(PUT, "/api/v1/zones/{id}", ZONE_KEEPERS),
            row(DELETE, "/api/v1/zones/{id}", ZONE_KEEPERS),
            row(GET, "/api/v1/rules", PICTURE),
            row(GET, "/api/v1/rules/{id}", PICTURE),
            row(GET, "/api/v1/rules/types", ANY_ACCOUNT),
            row(POST, "/api/v1/rules", ADMINS),
            row(PUT, "/api/v1/rules/{id}", ADMINS),
            row(DELETE, "/api/v1/rules/{id}", ADMINS),
            // Port control's fleet registry: the picture reads it; a station keeps its vessels' records,
            // the command imports files (each vessel in the importer's scope; the whole registry the command's).
            row(GET, "/api/v1/registry/vessels", PICTURE),
            row(GET, "/api/v1/registry/vessels/{identity}", PICTURE),
            row(GET, "/api/v1/registry/vessels/{identity}/history", PICTURE),
            row(PUT, "/api/v1/registry/vessels/{number}", roles(SYSTEM_ADMIN, COMMANDER, STATION_OFFICER)),
            row(POST, "/api/v1/registry/vessels/import", ZONE_KEEPERS),
            row(GET, "/api/v1/registry/departures", PICTURE),
            // Alerts: the picture reads them, the acting roles move those of their areas.
            row(GET, "/api/v1/alerts", PICTURE),
            row(GET, "/api/v1/alerts/{id}", PICTURE),
            row(GET, "/api/v1/alerts/{id}/evidence", PICTURE),
            row(GET, "/api/v1/alerts/{id}/deliveries", ADMINS),
            row(POST, "/api/v1/alerts/{id}/assign", roles(COMMANDER, DUTY_OFFICER)),
            row(POST, "/api/v1/alerts/{id}/{action}", ACTING),
            // The organisation (units and their versions, agencies, persons, resources): read by the
            // picture's roles, kept by administrators.
            row(GET, "/api/v1/units", PICTURE),
            row(GET, "/api/v1/units/{id}", PICTURE),
            row(GET, "/api/v1/units/{id}/history", PICTURE),
            row(GET, "/api/v1/units/export", PICTURE),
            row(POST, "/api/v1/units", ADMINS),
            row(PUT, "/api/v1/units/{id}", ADMINS),
            row(POST, "/api/v1/units/{id}/close", ADMINS),
            row(POST, "/api/v1/units/import", ADMINS),
            row(GET, "/api/v1/agencies", PICTURE),
            row(GET, "/api/v1/agencies/{id}", PICTURE),
            row(GET, "/api/v1/agencies/export", PICTURE),
            row(PUT, "/api/v1/agencies/{id}", ADMINS),
            row(POST, "/api/v1/agencies/import", ADMINS),
            row(GET, "/api/v1/persons", PICTURE),
            row(GET, "/api/v1/persons/{id}", PICTURE),
            row(GET, "/api/v1/persons/export", PICTURE),
            row(PUT, "/api/v1/persons/{id}", ADMINS),
            row(DELETE, "/api/v1/persons/{id}", ADMINS),
            row(POST, "/api/v1/persons/import", ADMINS),
            row(GET, "/api/v1/resources", PICTURE),
            row(GET, "/api/v1/resources/{id}", PICTURE),
            row(GET, "/api/v1/resources/export", PICTURE),
            row(PUT, "/api/v1/resources/{id}", ADMINS),
            row(DELETE, "/api/v1/resources/{id}", ADMINS),
            row(POST, "/api/v1/resources/import", ADMINS),
            // The audit log: browsed and exported for an inspector by administrators.
            row(GET, "/api/v1/audit", ADMINS),
            row(GET, "/api/v1/audit/export", ADMINS),
            // Indicators, plans and progress: every role reads those of its scope; commanders and staff
            // analysts set plans and targets.
            row(GET, "/api/v1/indicators", EVERY_ROLE),
            row(GET, "/api/v1/indicators/figures", EVERY_ROLE),
            row(GET, "/api/v1/indicators/{code}/records", EVERY_ROLE),
            row(GET, "/api/v1/plans", EVERY_ROLE),
            row(GET, "/api/v1/plans/{id}", EVERY_ROLE),
            row(GET, "/api/v1/progress", EVERY_ROLE),
            row(POST, "/api/v1/plans", PLANNERS),
            row(PUT, "/api/v1/plans/{id}/targets", PLANNERS),
            row(GET, "/api/v1/reports/review", EVERY_ROLE),
            row(GET, "/api/v1/reports/daily", EVERY_ROLE),
            // cases (operations/cases): read by the command's people, worked by the acting roles, within their units
            row(GET, "/api/v1/cases", PICTURE),
            row(GET, "/api/v1/cases/catalogue", PICTURE),
            row(GET, "/api/v1/cases/{id}", PICTURE),
            row(POST, "/api/v1/cases", ACTING),
            row(POST, "/api/v1/cases/from-alert", ACTING),
            row(POST, "/api/v1/cases/{id}/state", ACTING),
            row(POST, "/api/v1/cases/{id}/assign", ACTING),
            row(POST, "/api/v1/cases/{id}/notes", ACTING),
            row(POST, "/api/v1/cases/{id}/vessels", ACTING),
            row(POST, "/api/v1/cases/{id}/persons", ACTING),
            row(POST, "/api/v1/cases/{id}/tasks", ACTING),
            row(POST, "/api/v1/cases/{id}/tasks/{taskId}/done", ACTING),
            // tips (operations/tips): the inbox read by the command's people (the reporter shown only to the acting
            // roles), taken and worked by the acting roles, within their units
            row(GET, "/api/v1/tips", PICTURE),
            row(GET, "/api/v1/tips/catalogue", PICTURE),
            row(GET, "/api/v1/tips/{id}", PICTURE),
            row(GET, "/api/v1/tips/{id}/suggestions", PICTURE),
            row(POST, "/api/v1/tips", ACTING),
            row(POST, "/api/v1/tips/{id}/state", ACTING),
            row(POST, "/api/v1/tips/{id}/confirm", ACTING),
            row(POST, "/api/v1/tips/{id}/merge", ACTING),
            row(POST, "/api/v1/tips/{id}/feedback", ACTING),
            // Readiness: the picture's roles read the board, levels, timelines and hours of their scope;
            // a commander sets a unit's level by an order; the acting roles record their resources' status.
            row(GET, "/api/v1/readiness/catalog", PICTURE),
            row(GET, "/api/v1/readiness/board", PICTURE),
            row(GET, "/api/v1/readiness/hours", PICTURE),
            row(GET, "/api/v1/readiness/units/{unitId}/orders", PICTURE),
            row(POST, "/api/v1/readiness/units/{unitId}/orders", roles(COMMANDER)),
            row(GET, "/api/v1/readiness/resources/{resourceId}/statuses", PICTURE),
            row(POST, "/api/v1/readiness/resources/{resourceId}/statuses", ACTING));

    private AccessTable() {
    }

    /** The rows, most specific path first (the order Spring Security must try them in). */
    public static List<Row> rows() {
        List<Row> sorted = new ArrayList<>(ROWS);
        sorted.sort(Comparator.comparing(Row::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        return sorted;
    }

    /** The row of exactly this method and path template (as the OpenAPI document writes it), if any. */
    public static Optional<Row> find(HttpMethod method, String pathTemplate) {
        return ROWS.stream().filter(row -> row.method().equals(method) && row.path().equals(pathTemplate)).findFirst();
    }

    /** Who may call a row: anyone, any signed-in account, or the holders of one of {@code roles}. */
    public record Who(boolean anyone, boolean anyAccount, Set<Role> roles) {
        public Who {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }

        /** Whether a signed-in account holding {@code held} may call. */
        public boolean allows(Set<Role> held) {
            return anyone || anyAccount || held.stream().anyMatch(roles::contains);
        }

        /** Whether a request that did not sign in may call. */
        public boolean allowsAnonymous() {
            return anyone;
        }
    }

    /**
     * One endpoint and method, and who may call it.
     *
     * @param method the HTTP method ({@code GET} also admits {@code HEAD})
     * @param path the path template, as in the OpenAPI document, or a pattern ending in {@code /**}
     */
    public record Row(HttpMethod method, String path, Who who) {
        public Row {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(who, "who");
            PARSER.parse(path); // refuses a malformed path at class load
        }

        PathPattern pattern() {
            return PARSER.parse(path);
        }
    }

    /** The holders of any of {@code roles}. */
    public static Who roles(Role... roles) {
        return new Who(false, false, Set.of(roles));
    }

    private static Row row(HttpMethod method, String path, Who who) {
        return new Row(method, path, who);
    }

    /** Every role, in the order of {@link Role}. */
    static List<Role> allRoles() {
        return Arrays.asList(Role.values());
    }
}
