package io.coastwatch.operations.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.indicator.alert.AlertCount;
import io.coastwatch.operations.indicator.alert.AlertResponseTime;
import io.coastwatch.operations.indicator.departure.DepartureCount;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {
    private static final String HEADER = "code,area,vi,en,units,direction,computation,argument,validFrom,validTo\n";

    static Indicators seededWithNoRecords() {
        Catalog kinds = Catalog.seeded();
        return new Indicators(IndicatorCatalog.seeded(), List.of(
                new AlertCount((from, to, types, sink) -> { }, kinds),
                new AlertResponseTime((from, to, types, sink) -> { }, kinds),
                new DepartureCount((from, to, sink) -> { })));
    }

    @Test
    void theSeedLoadsAndEveryDefinitionHasItsComputation() {
        Indicators indicators = seededWithNoRecords();
        LocalDate day = LocalDate.of(2026, 6, 30);
        Indicator foreign = indicators.definition("foreign-vessels-detected", day).orElseThrow();
        assertEquals("Tàu nước ngoài bị phát hiện xâm phạm vùng biển", foreign.name().vi());
        assertEquals(List.of(CountUnit.VESSELS, CountUnit.TIMES), foreign.units());
        assertEquals(Direction.MORE, foreign.direction());
        assertEquals(Direction.ZERO, indicators.definition("vessels-in-foreign-waters", day).orElseThrow().direction());
        assertEquals(CountUnit.MINUTES, indicators.definition("alert-response-p90", day).orElseThrow().primaryUnit());
        assertTrue(indicators.catalog().validOn(day).size() >= 10);
    }

    @Test
    void aBadLineIsRefusedWithItsNumberAndColumn() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.read(
                new StringReader(HEADER + "a,surveillance,A,A,times,more,alerts,,2020-01-01,\n"
                        + "b,surveillance,B,B,tonnes,more,alerts,,2020-01-01,\n")));
        assertEquals("line 3: units: no count unit 'tonnes'", error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.read(
                new StringReader(HEADER + "a,surveillance,A,A,times,up,alerts,,2020-01-01,\n")));
        assertEquals("line 2: direction: 'up' is not more, less or zero", error.getMessage());
    }

    @Test
    void twoDefinitionsOfACodeMayFollowEachOtherButNotOverlap() {
        IndicatorCatalog catalog = IndicatorCatalog.read(new StringReader(HEADER
                + "a,surveillance,Cũ,Old,times,more,alerts,,2020-01-01,2025-07-01\n"
                + "a,surveillance,Mới,New,times,more,alerts,kind:illegal-fishing,2025-07-01,\n"));
        assertEquals("Cũ", catalog.find("a", LocalDate.of(2025, 6, 30)).orElseThrow().name().vi());
        assertEquals("Mới", catalog.find("a", LocalDate.of(2025, 7, 1)).orElseThrow().name().vi());
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.read(new StringReader(HEADER
                + "a,surveillance,Cũ,Old,times,more,alerts,,2020-01-01,\n"
                + "a,surveillance,Mới,New,times,more,alerts,,2025-07-01,\n")));
    }

    @Test
    void aDefinitionTheComputationsCannotComputeFailsAtStart() {
        Catalog kinds = Catalog.seeded();
        AlertCount alerts = new AlertCount((from, to, types, sink) -> { }, kinds);
        for (String line : List.of("a,surveillance,A,A,times,more,trips,,2020-01-01,",
                "a,surveillance,A,A,times,more,alerts,kind:no-such-kind,2020-01-01,",
                "a,surveillance,A,A,times,more,alerts,kind:illegal-fishing rule:foreign-vessel,2020-01-01,",
                "a,surveillance,A,A,dong,more,alerts,,2020-01-01,",
                "a,surveillance,A,A,times,more,alerts,colour:red,2020-01-01,")) {
            IndicatorCatalog catalog = IndicatorCatalog.read(new StringReader(HEADER + line + "\n"));
            assertThrows(IllegalArgumentException.class, () -> new Indicators(catalog, List.of(alerts)), line);
        }
    }
}
