package io.coastwatch.server.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/rules/types}, the detection catalogue, in the form the console reads it (every rule
 * type with typed parameters, figures and finding; the names of zone kinds, vessel kinds, ship types,
 * alert states, actions and severities, all in both languages, every id a kebab-case slug).
 */
class RuleCatalogueTest extends ServerTest {

    @Test
    void everySignedInAccountReadsTheCatalogueEvenALiaisonAndNobodyElse() {
        assertEquals(401, anonymous.get("/api/v1/rules/types").status());
        Api liaison = newAccountWithRoles("catalogue-liaison", "{\"role\":\"liaison\",\"agencyId\":\"fisheries\"}");
        Api.Response read = liaison.get("/api/v1/rules/types");
        assertEquals(200, read.status(), read.body());
    }

    @Test
    void everyRuleTypeComesWithItsTypedParametersFiguresAndFinding() {
        JsonNode catalogue = admin.get("/api/v1/rules/types").json();
        List<String> ids = new ArrayList<>();
        catalogue.get("ruleTypes").forEach(type -> ids.add(type.get("id").asString()));
        for (RuleType type : RuleType.values()) {
            assertTrue(ids.contains(type.slug()), type.slug() + " in " + ids);
        }
        JsonNode dark = find(catalogue.get("ruleTypes"), "id", "dark-vessel");
        assertEquals("Dark vessel", dark.get("label").get("en").asString());
        assertFalse(dark.get("label").get("vi").asString().isBlank());
        assertFalse(dark.get("description").get("vi").asString().isBlank());
        JsonNode gap = find(dark.get("parameters"), "name", "gap");
        assertEquals("duration", gap.get("type").asString());
        assertEquals("PT6H", gap.get("default").asString());
        assertTrue(gap.get("min").asString().startsWith("PT"), gap.toString());
        assertFalse(gap.has("unit"), "a duration has no unit: " + gap);
        JsonNode shore = find(dark.get("parameters"), "name", "shoreDistanceNm");
        assertEquals("number", shore.get("type").asString());
        assertEquals("nm", shore.get("unit").asString());
        assertTrue(shore.get("max").isNumber(), shore.toString());
        JsonNode hours = find(dark.get("figures"), "name", "hoursDark");
        assertEquals("h", hours.get("unit").asString());
        assertTrue(dark.get("finding").get("en").asString().contains("{hoursDark}"), dark.get("finding").toString());
        catalogue.get("ruleTypes").forEach(type -> type.get("parameters").forEach(parameter -> {
            assertTrue(parameter.get("label").has("vi") && parameter.get("label").has("en"), parameter.toString());
            assertTrue(List.of("number", "duration", "boolean", "text").contains(parameter.get("type").asString()),
                    parameter.toString());
        }));
    }

    @Test
    void theNamesTheConsoleShowsAreInTheCatalogue() {
        JsonNode catalogue = admin.get("/api/v1/rules/types").json();
        JsonNode territorial = find(catalogue.get("zoneKinds"), "id", "territorial-sea");
        assertEquals("Lãnh hải", territorial.get("label").get("vi").asString());
        assertEquals(2, territorial.get("order").asInt());
        find(catalogue.get("zoneKinds"), "id", "fishing-coastal");
        find(catalogue.get("zoneKinds"), "id", "station-area");
        List<String> vesselKinds = new ArrayList<>();
        catalogue.get("vesselKinds").forEach(kind -> vesselKinds.add(kind.get("id").asString()));
        assertEquals(List.of("vn-fishing", "foreign-fishing", "cargo", "tanker", "passenger", "patrol", "base-station",
                "aid-to-navigation", "other"), vesselKinds);
        JsonNode fishing = find(catalogue.get("shipTypes"), "from", "30");
        assertEquals(30, fishing.get("to").asInt());
        assertEquals("Fishing", fishing.get("label").get("en").asString());
        JsonNode falseAlarm = find(catalogue.get("alertStates"), "id", "false-alarm");
        assertFalse(falseAlarm.get("open").asBoolean());
        assertTrue(find(catalogue.get("alertStates"), "id", "new").get("open").asBoolean());
        JsonNode acknowledge = find(catalogue.get("alertActions"), "id", "acknowledge");
        assertEquals("[\"new\"]", acknowledge.get("from").toString());
        assertEquals("acknowledged", acknowledge.get("to").asString());
        assertEquals("false-alarm", find(catalogue.get("alertActions"), "id", "false-alarm").get("to").asString());
        JsonNode assign = find(catalogue.get("alertActions"), "id", "assign");
        assertEquals("[\"new\",\"acknowledged\",\"escalated\"]", assign.get("from").toString());
        assertTrue(assign.get("to").isNull(), "assigning keeps the state");
        assertEquals(3, find(catalogue.get("severities"), "id", "critical").get("rank").asInt());
        assertEquals("Khẩn cấp", find(catalogue.get("severities"), "id", "critical").get("label").get("vi").asString());
    }

    @Test
    void aRuleCannotBeNamedLikeTheCatalogue() {
        Api.Response refused = admin.post("/api/v1/rules", "application/json",
                "{\"id\":\"types\",\"type\":\"dark-vessel\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("id"), refused.body());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }
}
