package io.coastwatch.server.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tips over real HTTP: one taken by phone with a bearing from an island, named field errors, a second
 * tip near it offered and merged, the first confirmed into a case that lists it; the reporter hidden from
 * a viewer; every step audited.
 */
class TipApiTest extends ServerTest {
    private static final String JSON = "application/json";
    private static boolean unitMade;

    @BeforeEach
    void unit() {
        if (!unitMade) {
            Api.Response created = admin.post("/api/v1/units", JSON, "{\"id\":\"tip-nc\",\"code\":\"TIP-NC\","
                    + "\"kind\":\"station\",\"nameVi\":\"Đồn tin báo\",\"validFrom\":\"2020-01-01\"}");
            assertEquals(201, created.status(), created.body());
            unitMade = true;
        }
    }

    private static String tip(String where, String observedAt) {
        return "{\"channel\":\"hotline\",\"reporter\":{\"name\":\"Lê Văn Tư\",\"phone\":\"0912 345 678\"},"
                + "\"observedAt\":\"" + observedAt + "\"," + where + ",\"kindId\":\"illegal-fishing-explosives\","
                + "\"vessels\":[{\"registrationNumber\":\"BTh-1234\",\"description\":\"tàu vỏ xanh\"}],"
                + "\"description\":\"Nghe tiếng nổ, tàu vớt cá\",\"reliability\":\"b\",\"credibility\":\"2\"}";
    }

    @Test
    void aTipByPhoneFromAnIslandIsMergedWithASecondAndConfirmedIntoACase() {
        Api duty = newAccountWithRoles("tip-duty", "{\"role\":\"duty-officer\",\"unitId\":\"tip-nc\"}");
        String observed = Instant.now().minusSeconds(1800).toString();
        Api.Response refused = duty.post("/api/v1/tips", JSON, "{\"channel\":\"pigeon\",\"reporter\":{\"phone\":\"abc\"},"
                + "\"observedAt\":\"now\",\"bearingDegrees\":400}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("channel", "reporter.phone", "observedAt", "bearingDegrees", "kindId"), fields(refused));

        Api.Response taken = duty.post("/api/v1/tips", JSON, tip("\"landmarkId\":\"LM-HONCAU\",\"distanceNm\":6,"
                + "\"bearingDegrees\":45", observed));
        assertEquals(201, taken.status(), taken.body());
        JsonNode first = taken.json();
        assertEquals("received", first.get("state").asString());
        assertEquals("hotline", first.get("channel").asString());
        assertEquals("tip-nc", first.get("unitId").asString());
        assertTrue(first.get("place").get("latitude").asDouble() > 11.223, "north-east of Hòn Cau");
        assertTrue(first.get("place").get("uncertaintyMetres").asDouble() > 1000);
        assertEquals("Lê Văn Tư", first.get("reporter").get("name").asString());
        String firstId = first.get("id").asString();

        JsonNode second = duty.post("/api/v1/tips", JSON, tip("\"latitude\":" + first.get("place").get("latitude").asDouble()
                + ",\"longitude\":" + first.get("place").get("longitude").asDouble(), observed)).json();
        String secondId = second.get("id").asString();
        JsonNode offered = duty.get("/api/v1/tips/" + firstId + "/suggestions").json();
        assertEquals(secondId, offered.get(0).get("id").asString(), offered.toString());
        assertEquals("near", offered.get(0).get("reason").asString());

        Api.Response merged = duty.post("/api/v1/tips/" + secondId + "/merge", JSON, "{\"intoId\":\"" + firstId + "\"}");
        assertEquals(200, merged.status(), merged.body());
        assertEquals("duplicate", merged.json().get("state").asString());
        assertEquals(firstId, merged.json().get("duplicateOf").asString());
        assertEquals(409, duty.post("/api/v1/tips/" + secondId + "/state", JSON, "{\"state\":\"verifying\"}").status());
        assertEquals("triaged", duty.post("/api/v1/tips/" + firstId + "/state", JSON, "{\"state\":\"triaged\"}").json()
                .get("state").asString());

        JsonNode confirmed = duty.post("/api/v1/tips/" + firstId + "/confirm", JSON, "{}").json();
        assertEquals("confirmed", confirmed.get("state").asString());
        String caseId = confirmed.get("caseId").asString();
        JsonNode incident = duty.get("/api/v1/cases/" + caseId).json();
        assertEquals("tip", incident.get("sources").get(0).get("type").asString());
        assertEquals(firstId, incident.get("sources").get(0).get("id").asString());
        assertEquals("illegal-fishing-explosives", incident.get("kind").get("id").asString());

        assertEquals(200, duty.post("/api/v1/tips/" + firstId + "/feedback", JSON, "{\"text\":\"Đã gọi lại cảm ơn\"}").status());
        JsonNode inbox = duty.get("/api/v1/tips?state=received,triaged,verifying").json();
        assertFalse(inbox.toString().contains(firstId), "confirmed: out of the open inbox");
        List<String> actions = admin.get("/api/v1/audit?entity=tip&entityId=" + firstId).json().get("entries").valueStream()
                .map(entry -> entry.get("action").asString()).toList();
        assertEquals(List.of("feedback", "confirm", "change-state", "absorb", "receive"), actions);

        JsonNode seenByViewer = newAccount("tip-viewer", "viewer").get("/api/v1/tips/" + firstId).json();
        assertTrue(seenByViewer.get("reporter").get("anonymous").asBoolean(), "a viewer does not see the reporter");
        assertTrue(seenByViewer.get("reporter").get("name").isNull());
        assertEquals(403, newAccount("tip-viewer-2", "viewer").post("/api/v1/tips", JSON, tip("\"latitude\":11,\"longitude\":109",
                observed)).status());
        assertEquals("hf-radio", admin.get("/api/v1/tips/catalogue").json().get("channels").get(1).get("code").asString());
        assertEquals(List.of("unitId"), fields(admin.post("/api/v1/tips", JSON, tip("\"latitude\":11,\"longitude\":109",
                observed))), "the command names the unit that takes it");
        assertTrue(duty.get("/api/v1/tips?unit=" + "tip-nc".toUpperCase(Locale.ROOT)).json().get("total").asInt() == 0);
    }

    private static List<String> fields(Api.Response response) {
        assertEquals(400, response.status(), response.body());
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
