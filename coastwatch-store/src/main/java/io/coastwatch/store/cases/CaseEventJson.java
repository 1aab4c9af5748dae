package io.coastwatch.store.cases;

import io.coastwatch.operations.cases.CaseEvent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a timeline entry's event is stored: its type, the kebab-case name of its record
 * ({@code state-changed}), and its components as JSON (times ISO-8601, enums by name). Thread-safe.
 */
final class CaseEventJson {

    private static final Map<String, Class<?>> TYPES = Arrays.stream(CaseEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(CaseEventJson::typeOf, Function.identity()));

    private final JsonMapper json = new JsonMapper();

    /** The type column of {@code event}. */
    static String type(CaseEvent event) {
        return typeOf(event.getClass());
    }

    /** The payload column of {@code event}. */
    String write(CaseEvent event) {
        return json.writeValueAsString(event);
    }

    /**
     * The event of {@code type} that {@code payload} holds.
     *
     * @throws IllegalStateException when the type is unknown or the payload is not such an event
     */
    CaseEvent read(String type, String payload) {
        Class<?> recordType = TYPES.get(type);
        if (recordType == null) {
            throw new IllegalStateException("a case's timeline holds an event of unknown type " + type);
        }
        try {
            return (CaseEvent) json.readValue(payload, recordType);
        } catch (JacksonException e) {
            throw new IllegalStateException("a case's " + type + " entry cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String typeOf(Class<?> recordType) {
        return recordType.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
