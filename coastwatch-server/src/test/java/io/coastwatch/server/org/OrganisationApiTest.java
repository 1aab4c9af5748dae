package io.coastwatch.server.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.util.List;
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

    @Test
    void personsAndResourcesAreKeptByUnitRefusedNamingTheFieldAndEachWriteIsAudited() {
        assertEquals(201, admin.post("/api/v1/units", "application/json", "{\"id\":\"pr-cmd\",\"code\":\"PR-C\","
                + "\"kind\":\"command\",\"nameVi\":\"Bộ Chỉ huy PR\",\"validFrom\":\"2020-01-01\"}").status());
        String person = "{\"fullName\":\"Võ Văn Người\",\"rank\":\"captain\",\"positionVi\":\"Đội trưởng\","
                + "\"positionEn\":\"Team leader\",\"unitId\":\"pr-cmd\"}";
        assertEquals(200, admin.put("/api/v1/persons/pr-person", "application/json", person).status());
        assertEquals(200, admin.put("/api/v1/persons/pr-person", "application/json", person.replace("captain", "major"))
                .status());
        assertEquals(200, admin.put("/api/v1/persons/pr-person", "application/json", person.replace("captain", "major"))
                .status(), "the same again changes nothing");
        JsonNode ofUnit = admin.get("/api/v1/persons?unitId=pr-cmd").json();
        assertEquals(1, ofUnit.size(), ofUnit.toString());
        assertEquals("major", ofUnit.get(0).get("rank").asString());
        Api.Response noUnit = admin.put("/api/v1/persons/pr-lost", "application/json", person.replace("pr-cmd", "pr-none"));
        assertEquals(400, noUnit.status(), noUnit.body());
        assertTrue(noUnit.body().contains("unitId"), noUnit.body());
        Api.Response badRank = admin.put("/api/v1/persons/pr-lost", "application/json", person.replace("captain", "duke"));
        assertEquals(400, badRank.status(), badRank.body());
        assertTrue(badRank.body().contains("rank"), badRank.body());
        Api.Response otherId = admin.put("/api/v1/persons/pr-person", "application/json",
                person.replace("{", "{\"id\":\"pr-other\","));
        assertEquals(400, otherId.status(), otherId.body());
        assertTrue(otherId.body().contains("\"id\""), otherId.body());

        String boat = "{\"kind\":\"patrol-boat\",\"name\":\"TÀU PR\",\"unitId\":\"pr-cmd\",\"hullNumber\":\"BP 99\","
                + "\"mmsi\":574000999,\"speedKnots\":18,\"enduranceHours\":72,\"crewSize\":12}";
        assertEquals(200, admin.put("/api/v1/resources/pr-boat", "application/json", boat).status());
        JsonNode stored = admin.get("/api/v1/resources/pr-boat").json();
        assertEquals(574000999, stored.get("mmsi").asInt(), "its own track is known by its MMSI");
        assertEquals(1, admin.get("/api/v1/resources?unitId=pr-cmd").json().size());
        Api.Response carWithMmsi = admin.put("/api/v1/resources/pr-car", "application/json",
                boat.replace("patrol-boat", "vehicle"));
        assertEquals(400, carWithMmsi.status(), carWithMmsi.body());
        assertTrue(carWithMmsi.body().contains("mmsi"), carWithMmsi.body());
        Api.Response tooFast = admin.put("/api/v1/resources/pr-boat", "application/json", boat.replace("18", "180"));
        assertEquals(400, tooFast.status(), tooFast.body());
        assertTrue(tooFast.body().contains("speedKnots"), tooFast.body());

        Api viewer = newAccount("pr-viewer", "viewer");
        assertEquals(200, viewer.get("/api/v1/resources/pr-boat").status(), "every role of the command reads");
        assertEquals(403, viewer.delete("/api/v1/resources/pr-boat").status(), "only administrators change");
        assertEquals(204, admin.delete("/api/v1/resources/pr-boat").status());
        assertEquals(404, admin.get("/api/v1/resources/pr-boat").status());
        assertEquals(404, admin.delete("/api/v1/resources/pr-boat").status());
        assertEquals(204, admin.delete("/api/v1/persons/pr-person").status());

        JsonNode personAudit = admin.get("/api/v1/audit?entity=person&entityId=pr-person").json().get("entries");
        assertEquals(List.of("remove", "update", "create"), actions(personAudit));
        JsonNode boatAudit = admin.get("/api/v1/audit?entity=resource&entityId=pr-boat").json().get("entries");
        assertEquals(List.of("remove", "create"), actions(boatAudit));
        assertTrue(boatAudit.get(0).get("before").asString().contains("574000999"), boatAudit.toString());
        assertTrue(boatAudit.get(0).get("after").isNull(), boatAudit.toString());
    }

    private static List<String> actions(JsonNode entries) {
        List<String> actions = new java.util.ArrayList<>();
        entries.forEach(entry -> actions.add(entry.get("action").asString()));
        return actions;
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
