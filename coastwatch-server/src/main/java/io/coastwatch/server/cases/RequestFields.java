package io.coastwatch.server.cases;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.server.api.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** What the case and tip endpoints read alike from a request: an instant, the units to search, the unit a record goes to. Stateless. */
public final class RequestFields {

    private RequestFields() {
    }

    /** The ISO-8601 instant in {@code field}, or {@code null} when absent or wrong (then a problem of {@code fields}). */
    public static Instant instant(Fields fields, String field) {
        String text = fields.optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            fields.problem(field, "bad-format", field + " must be an ISO-8601 instant (2026-06-28T03:15:00Z)");
            return null;
        }
    }

    /**
     * The units a search takes: those asked for ({@code null} or empty: any), narrowed to {@code scope}'s.
     *
     * @return {@code null} for any unit
     */
    public static Set<String> units(Collection<String> asked, UnitScope scope) {
        Set<String> units = asked == null || asked.isEmpty() ? null : new HashSet<>(asked);
        if (!scope.everything()) {
            units = units == null ? new HashSet<>(scope.unitIds()) : units;
            units.retainAll(scope.unitIds());
        }
        return units;
    }

    /**
     * {@code unitId}, or else the unit the actor acts from.
     *
     * @throws ApiException naming {@code unitId} when neither is given (a role held in the whole command)
     */
    public static String unitOf(Actor actor, String unitId) {
        if (unitId != null) {
            return unitId;
        }
        return actor.homeUnitId().filter(unit -> !unit.equals(RoleAssignment.ROOT)).orElseThrow(() ->
                ApiException.invalid("unitId", "required", "name the unit it is for"));
    }
}
