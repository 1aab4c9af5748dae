package io.coastwatch.store.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit record's text is hashed into the chain, so how a value is written is pinned here: the text
 * the Jackson 2 writer produced is what the Jackson 3 writer must produce for entries written since.
 */
class AuditJsonTest {

    /** Components declared out of alphabetical order, so that a sorting writer shows. */
    record Unit(String name, String code, int level, Instant validFrom, LocalDate opened, Map<String, Object> extra,
            List<String> areas) {
    }

    record Shift(LocalDateTime start, LocalTime handover, Duration length) {
    }

    record Nothing() {
    }

    @Test
    void aRecordIsWrittenInTheOrderOfItsComponentsWithMapKeysSorted() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("zeta", 1);
        extra.put("alpha", "a");
        Unit unit = new Unit("Đồn Biên phòng Ninh Chữ", "DBP-NC", 3, Instant.parse("2025-07-01T00:00:00Z"),
                LocalDate.parse("2025-07-01"), extra, List.of("lanh-hai", "tiep-giap"));

        assertEquals("{\"name\":\"Đồn Biên phòng Ninh Chữ\",\"code\":\"DBP-NC\",\"level\":3,"
                + "\"validFrom\":\"2025-07-01T00:00:00Z\",\"opened\":\"2025-07-01\","
                + "\"extra\":{\"alpha\":\"a\",\"zeta\":1},\"areas\":[\"lanh-hai\",\"tiep-giap\"]}", AuditJson.write(unit));
    }

    @Test
    void timeValuesAreTheirIsoText() {
        assertEquals("{\"start\":\"2026-06-28T03:15\",\"handover\":\"07:30\",\"length\":\"PT8H\"}",
                AuditJson.write(new Shift(LocalDateTime.parse("2026-06-28T03:15"), LocalTime.parse("07:30"),
                        Duration.ofHours(8))));
    }

    @Test
    void anEmptyRecordIsAnEmptyObjectAndNullIsNull() {
        assertEquals("{}", AuditJson.write(new Nothing()));
        assertNull(AuditJson.write(null));
    }
}
