package io.coastwatch.server.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The organisation through {@code /api/v1}: units imported, the tree of a day, a unit's history, refusals naming fields, the audit. */
class OrganisationApiTest extends ServerTest {
    private static final String HEADER = "id,code,kind,nameVi,nameEn,parentId,areaZoneIds,homePortZoneId,latitude,"
            + "longitude,locationApproximate,contacts,validFrom,validTo\n";
    private static final String ROOT = "api-cmd,API-C,command,Bộ Chỉ huy API,API Command,,,,11.5,109.0,true,,2020-01-01,\n";

    @Test
    void importedUnitsShowAsTheTreeOfADayWithTheirHistoryAndAudit() {
        Api.Response refused = admin.post("/api/v1/units/import", "text/csv", HEADER + ROOT
                + "api-orphan,API-O,station,Đồn lạc,Orphan,api-none,,,11.4,109.0,true,,2020-01-01,\n");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("line 3, parentId"), refused.body());
        assertEquals(404, admin.get("/api/v1/units/api-cmd/history").status(), "all lines or none");

        Api.Response imported = admin.post("/api/v1/units/import", "text/csv", HEADER + ROOT
                + "api-station,API-S,station,Đồn API,API Station,api-cmd,,,11.4,109.0,true,,2020-01-01,2025-07-01\n"
                + "api-station,API-S,station,Đồn API mới,New API Station,api-cmd,,,11.4,109.0,true,,2025-07-01,\n");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(3, imported.json().get("written").asInt());

        assertEquals("Đồn API", unit(admin.get("/api/v1/units?on=2025-06-30").json(), "api-station").get("nameVi").asString());
        assertEquals("Đồn API mới", unit(admin.get("/api/v1/units?on=2025-07-01").json(), "api-station").get("nameVi").asString());
        assertEquals(2, admin.get("/api/v1/units/api-station/history").json().size());
        Api.Response badDay = admin.get("/api/v1/units?on=30-06-2025");
        assertEquals(400, badDay.status());
        assertTrue(badDay.body().contains("\"on\""), badDay.body());

        JsonNode audit = admin.get("/api/v1/audit?entity=unit&entityId=api-station").json().get("entries");
        assertEquals(2, audit.size(), audit.toString());
        assertEquals("admin", audit.get(0).get("account").asString());
    }

    @Test
    void anAgencyWithACompetenceOutsideTheCatalogueIsRefusedNamingTheField() {
        Api.Response refused = admin.put("/api/v1/agencies/api-agency", "application/json",
                "{\"kind\":\"police\",\"nameVi\":\"Công an API\",\"nameEn\":\"API Police\","
                        + "\"competences\":[\"no-such-kind\"],\"validFrom\":\"2020-01-01\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("competences"), refused.body());
        assertEquals(404, admin.get("/api/v1/agencies/api-agency").status());
    }

    private static JsonNode unit(JsonNode units, String id) {
        for (JsonNode unit : units) {
            if (unit.get("id").asString().equals(id)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + id + " in " + units);
    }
}
