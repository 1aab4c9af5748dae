package io.coastwatch.server.indicator;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.plan.usecase.PlanDesk;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a figure is asked for, read from the query's {@code unitId}, {@code first} and {@code last}
 * (days, both included): by default the caller's own unit (the command's root for a caller who sees
 * everything) and this year up to today. The unit must be in the caller's scope. Immutable.
 *
 * @param unitId the unit the figure is for
 * @param period the days it counts
 * @param scope  the records it counts
 */
record FigureQuery(String unitId, Period period, IndicatorScope scope) {

    /**
     * @throws ApiException 400 naming each bad parameter
     * @throws OutOfScope   when the unit is not the caller's
     */
    static FigureQuery of(PlanDesk desk, Actor actor, UnitScope callerScope, String unitId, String first, String last) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = desk.today();
        LocalDate from = day(errors, "first", first, LocalDate.of(today.getYear(), 1, 1));
        LocalDate to = day(errors, "last", last, today);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("last", "out-of-range", "last must not be before first"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Period period = new Period(from, to);
        UnitTree tree = desk.units().treeOn(period.last());
        String unit = unitId != null && !unitId.isBlank() ? unitId.strip() : defaultUnit(actor, callerScope, tree);
        if (unit == null || tree.find(unit).isEmpty()) {
            throw ApiException.invalid("unitId", unit == null ? "required" : "unknown-value",
                    unit == null ? "unitId is required" : "no unit " + unit + " on " + period.last());
        }
        if (!callerScope.includesUnit(unit)) {
            throw new OutOfScope(actor.account() + " may not read the figures of unit " + unit);
        }
        return new FigureQuery(unit, period, IndicatorScope.of(tree, unit));
    }

    private static String defaultUnit(Actor actor, UnitScope scope, UnitTree tree) {
        if (scope.everything()) {
            return tree.roots().stream().map(Unit::id).findFirst().orElse(null);
        }
        return actor.homeUnitId().orElse(null);
    }

    private static LocalDate day(List<FieldError> errors, String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "bad-format", field + " must be a date (yyyy-mm-dd)"));
            return null;
        }
    }
}
