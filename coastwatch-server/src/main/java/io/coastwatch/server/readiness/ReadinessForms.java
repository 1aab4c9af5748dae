package io.coastwatch.server.readiness;

import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.readiness.BoardEntry;
import io.coastwatch.operations.readiness.Conflict;
import io.coastwatch.operations.readiness.ReadinessBoard;
import io.coastwatch.operations.readiness.ReadinessOrder;
import io.coastwatch.operations.readiness.ResourceStatus;
import io.coastwatch.operations.readiness.StatusChange;
import io.coastwatch.operations.readiness.StatusHours;
import io.coastwatch.operations.readiness.UnitReadiness;
import io.coastwatch.server.api.TimeParameter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The readiness records as the API writes them (codes as slugs, times as ISO-8601), and times as it reads them. Stateless. */
final class ReadinessForms {

    private ReadinessForms() {
    }

    /** The time {@code value} of {@code field} ({@link TimeParameter}), {@code null} when absent or blank. */
    static Instant instant(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(TimeParameter.parseMillis(field, value.toString()));
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of(field, "bad-format", e.getMessage());
        }
    }

    /** A text value of the body, or {@code null}. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Map<String, Object> label(String code, Label label) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("vi", label.vi());
        view.put("en", label.en());
        return view;
    }

    static Map<String, Object> order(ReadinessOrder order) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("unitId", order.unitId());
        view.put("level", order.level().slug());
        view.put("order", order.order());
        view.put("reason", order.reason());
        view.put("effectiveAt", order.effectiveAt().toString());
        view.put("setBy", order.setBy());
        view.put("recordedAt", order.recordedAt().toString());
        return view;
    }

    static Map<String, Object> change(StatusChange change) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("resourceId", change.resourceId());
        view.put("status", change.status().slug());
        view.put("from", change.from().toString());
        view.put("reason", change.reason());
        view.put("expectedReturn", change.expectedReturn() == null ? null : change.expectedReturn().toString());
        view.put("recordedBy", change.recordedBy());
        view.put("recordedAt", change.recordedAt().toString());
        return view;
    }

    /** Hours per status (every status, 0 when never held), and the hours recorded at all. */
    static Map<String, Object> hours(StatusHours hours) {
        Map<String, Object> perStatus = new LinkedHashMap<>();
        for (ResourceStatus status : ResourceStatus.values()) {
            perStatus.put(status.slug(), hours.hours(status));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        if (hours.resourceId() != null) {
            view.put("resourceId", hours.resourceId());
        }
        view.put("hours", perStatus);
        view.put("recordedHours", hours.recorded().toSeconds() / 3600.0);
        return view;
    }

    static Map<String, Object> board(ReadinessBoard board) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("at", board.at().toString());
        view.put("units", board.units().stream().map(ReadinessForms::unit).toList());
        return view;
    }

    private static Map<String, Object> unit(UnitReadiness unit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("unitId", unit.unitId());
        view.put("level", unit.level().slug());
        view.put("order", unit.order() == null ? null : order(unit.order()));
        view.put("resources", unit.resources().stream().map(ReadinessForms::entry).toList());
        return view;
    }

    private static Map<String, Object> entry(BoardEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("resourceId", entry.resource().id());
        view.put("name", entry.resource().name());
        view.put("kind", entry.resource().kind().slug());
        view.put("availability", entry.availability().slug());
        view.put("status", entry.current() == null ? null : change(entry.current()));
        view.put("conflicts", entry.conflicts().stream().map(ReadinessForms::conflict).toList());
        return view;
    }

    private static Map<String, Object> conflict(Conflict conflict) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", conflict.kind().slug());
        view.put("missionId", conflict.missionId());
        view.put("other", conflict.other());
        return view;
    }

    /** Each of {@code values} as {@code {code, vi, en}}. */
    static <T> List<Map<String, Object>> labels(List<T> values, Function<T, String> code, Function<T, Label> label) {
        return values.stream().map(value -> label(code.apply(value), label.apply(value))).toList();
    }
}
