package io.coastwatch.operations.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 28);

    @Test
    void theSeedMapsAlertsToTheirIncidentKinds() {
        Catalog catalog = Catalog.seeded();
        assertEquals("fishing-in-foreign-waters", catalog.incidentKindOfRule("boundary-crossed", DAY).orElseThrow().id());
        assertEquals("illegal-fishing", catalog.incidentKind("illegal-fishing-wrong-zone", DAY).orElseThrow().parentId());
        assertTrue(catalog.incidentKindOfRule("zone-entry", DAY).isEmpty());
    }

    @Test
    void aReplacedProvisionIsNotInForceAfterItsEnd() {
        Catalog catalog = Catalog.seeded();
        assertFalse(catalog.legalReference("nd26-2019-d44", DAY).isPresent());
        assertEquals("Điều 44 Nghị định 37/2024/NĐ-CP sửa đổi Nghị định 26/2019/NĐ-CP",
                catalog.legalReference("nd37-2024-d44", DAY).orElseThrow().citation());
    }

    @Test
    void aBadLineIsRefusedWithItsNumberAndColumn() {
        String csv = "id,parent,vi,en,ruleTypes,validFrom,validTo\nsmuggling,,Buôn lậu,Smuggling,,2020-13-01,\n";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Catalog.incidentKinds(new StringReader(csv)));
        assertTrue(refused.getMessage().startsWith("line 2: validFrom"), refused.getMessage());
    }
}
