package io.coastwatch.store.audit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * How an audit record's before and after are written: JSON of records (their components), maps (keys
 * sorted), lists, strings, numbers and booleans; {@code java.time} values as their ISO-8601 text
 * ({@code 2026-06-28T03:15:00Z}, {@code 2025-07-01}). The text written is what is stored and hashed, so
 * how a value is written may change between versions without breaking the chain. Thread-safe.
 */
final class AuditJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("java-time-as-iso-text")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(LocalDateTime.class, ToStringSerializer.instance)
                    .addSerializer(LocalTime.class, ToStringSerializer.instance)
                    .addSerializer(Duration.class, ToStringSerializer.instance))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private AuditJson() {
    }

    /** {@code value} as JSON text, {@code null} for {@code null}. */
    static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON for the audit log: "
                    + e.getOriginalMessage(), e);
        }
    }
}
