package io.coastwatch.server.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The rule instances through {@code /api/v1/rules}: the default set seeded, changes, refusals, roles. */
class RuleApiTest extends ServerTest {

    @Test
    void theDefaultSetHoldsEveryRuleOfRulesMd() {
        JsonNode rules = admin.get("/api/v1/rules").json();
        List<String> types = new ArrayList<>();
        rules.forEach(rule -> types.add(rule.get("type").asString()));
        for (RuleType type : RuleType.values()) {
            assertTrue(types.contains(type.slug()), type.slug() + " in " + types);
        }
        JsonNode dark = admin.get("/api/v1/rules/dark-vessel").json();
        assertEquals("6h", dark.get("parameters").get("gap").asString());
    }

    @Test
    void anAdministratorCreatesChangesAndDeletesARule() {
        String strict = "{\"id\":\"encounter-night\",\"type\":\"encounter\",\"enabled\":true,\"severity\":\"critical\","
                + "\"parameters\":{\"radiusMetres\":\"300\",\"duration\":\"1h\"},\"scope\":{\"from\":\"18:00\",\"until\":\"06:00\"}}";
        assertEquals(201, admin.post("/api/v1/rules", "application/json", strict).status());
        assertEquals(409, admin.post("/api/v1/rules", "application/json", strict).status());
        JsonNode created = admin.get("/api/v1/rules/encounter-night").json();
        assertEquals("critical", created.get("severity").asString());
        assertEquals("18:00", created.get("scope").get("from").asString());

        Api.Response changed = admin.put("/api/v1/rules/encounter-night", "application/json",
                strict.replace("\"enabled\":true", "\"enabled\":false"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(false, admin.get("/api/v1/rules/encounter-night").json().get("enabled").asBoolean());

        assertEquals(204, admin.delete("/api/v1/rules/encounter-night").status());
        assertEquals(404, admin.get("/api/v1/rules/encounter-night").status());
        assertEquals(404, admin.delete("/api/v1/rules/encounter-night").status());
    }

    @Test
    void anInvalidDefinitionIsRefusedWithWhatIsWrong() {
        Api.Response unknownType = admin.post("/api/v1/rules", "application/json", "{\"id\":\"x\",\"type\":\"teleport\"}");
        assertEquals(400, unknownType.status());
        assertTrue(unknownType.body().contains("teleport"), unknownType.body());

        Api.Response badParameter = admin.post("/api/v1/rules", "application/json",
                "{\"id\":\"dark-slow\",\"type\":\"dark-vessel\",\"parameters\":{\"gap\":\"soon\"}}");
        assertEquals(400, badParameter.status());
        assertTrue(badParameter.body().contains("gap"), badParameter.body());
        assertEquals(404, admin.get("/api/v1/rules/dark-slow").status(), "nothing stored");

        Api.Response misspelt = admin.post("/api/v1/rules", "application/json",
                "{\"id\":\"dark-typo\",\"type\":\"dark-vessel\",\"parameters\":{\"gapp\":\"6h\"}}");
        assertEquals(400, misspelt.status());
        assertTrue(misspelt.body().contains("\"field\":\"parameters.gapp\""), misspelt.body());
        assertTrue(misspelt.body().contains("unknown-parameter") && misspelt.body().contains("escalation1, gap, shoreDistanceNm"),
                misspelt.body());
        Api.Response zeroGap = admin.post("/api/v1/rules", "application/json",
                "{\"id\":\"dark-zero\",\"type\":\"dark-vessel\",\"parameters\":{\"gap\":\"0s\"}}");
        assertEquals(400, zeroGap.status());
        assertTrue(zeroGap.body().contains("out-of-range"), zeroGap.body());

        assertEquals(400, admin.post("/api/v1/rules", "application/json", "{not json").status());
        assertEquals(400, admin.put("/api/v1/rules/dark-vessel", "application/json",
                "{\"id\":\"other\",\"type\":\"dark-vessel\"}").status());
    }

    @Test
    void operatorsReadButDoNotChangeRules() {
        Api operator = newAccount("rule-operator", "OPERATOR");
        assertEquals(200, operator.get("/api/v1/rules").status());
        assertEquals(403, operator.post("/api/v1/rules", "application/json",
                "{\"id\":\"mine\",\"type\":\"loitering\"}").status());
        assertEquals(401, anonymous.get("/api/v1/rules").status());
    }
}
