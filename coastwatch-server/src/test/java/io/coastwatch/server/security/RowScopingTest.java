package io.coastwatch.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.server.alert.AlertWorker;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Row scoping over real HTTP, on the demo organisation and zones (a database of its own): two stations'
 * officers read the whole province's alerts, and each acts only on those whose zone or position lies in
 * its station's areas (the other gets 403 {@code out-of-scope}); the command's duty officer acts on all;
 * a station's commander changes only its area's zones; a liaison, with nothing shared with their agency,
 * sees no vessel and no alert.
 */
@TestPropertySource(properties = {"coastwatch.zones.seed=demo", "coastwatch.organisation.seed=demo"})
class RowScopingTest extends ServerTest {
    private static final Path DATABASE = directory();
    private static final long T0 = Instant.parse("2026-12-01T06:00:00Z").toEpochMilli();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Vĩnh Hải's area holds the Núi Chúa marine zone; Cà Ná's the Hòn Cau marine protected area. */
    private static final String NUI_CHUA = "MPA-NUICHUA";
    private static final String HON_CAU = "MPA-HONCAU";

    private static Api vinhHai;
    private static Api caNa;
    private static Api caNaCommander;
    private static Api commandDutyOfficer;
    private static Api liaison;
    private static long nuiChuaAlert;
    private static long honCauAlert;
    private static long offshoreAlert;

    @Autowired
    private AlertWorker alerts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("coastwatch.store.jdbc-url", () -> "jdbc:sqlite:" + DATABASE.resolve("coastwatch.db"));
    }

    @BeforeEach
    void officersAndAlerts() {
        if (vinhHai != null) {
            return;
        }
        vinhHai = account("scope-vinh-hai", "{\"role\":\"station-officer\",\"unitId\":\"dbp-vinh-hai\"}");
        caNa = account("scope-ca-na", "{\"role\":\"station-officer\",\"unitId\":\"dbp-ca-na\"}");
        caNaCommander = account("scope-ca-na-commander", "{\"role\":\"commander\",\"unitId\":\"dbp-ca-na\"}");
        commandDutyOfficer = account("scope-command", "{\"role\":\"duty-officer\",\"unitId\":\"bdbp-khanh-hoa\"}");
        liaison = account("scope-liaison", "{\"role\":\"liaison\",\"agencyId\":\"chi-cuc-thuy-san-kh\"}");
        // In Núi Chúa by its zone (the position is just south of the park); in Hòn Cau by its position only
        // (the alert names the coastal fishing zone); far offshore, in no station's area.
        alerts.accept(detection("scope-nui-chua", 574_920_001, NUI_CHUA, 11.60, 109.20));
        alerts.accept(detection("scope-hon-cau", 574_920_002, "FZ-VB", 11.22, 108.82));
        alerts.accept(detection("scope-offshore", 574_920_003, "", 11.50, 109.90));
        nuiChuaAlert = awaitAlert("scope-nui-chua");
        honCauAlert = awaitAlert("scope-hon-cau");
        offshoreAlert = awaitAlert("scope-offshore");
    }

    @Test
    void everyStationReadsTheProvincesAlertsAndActsOnlyOnThoseOfItsAreas() {
        for (Api officer : List.of(vinhHai, caNa)) {
            Api.Response list = officer.get("/api/v1/alerts?ruleId=scope-nui-chua,scope-hon-cau,scope-offshore");
            assertEquals(200, list.status(), list.body());
            assertEquals(3, list.json().get("total").asInt(), "a station sees the province's picture: " + list.body());
            assertEquals(200, officer.get("/api/v1/alerts/" + offshoreAlert).status());
        }

        Api.Response refused = act(caNa, nuiChuaAlert);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("out-of-scope", refused.json().get("code").asString());
        assertTrue(refused.json().get("detail").asString().contains("zone " + NUI_CHUA), refused.body());
        assertEquals("new", state(nuiChuaAlert), "a refused action changes nothing");
        Api.Response acted = act(vinhHai, nuiChuaAlert);
        assertEquals(200, acted.status(), "Vĩnh Hải's area holds " + NUI_CHUA + ": " + acted.body());
        assertEquals("acknowledged", acted.json().get("state").asString());

        assertEquals(403, act(vinhHai, honCauAlert).status(), "Hòn Cau is Cà Ná's");
        assertEquals(200, act(caNa, honCauAlert).status(), "the alert's position lies in Cà Ná's " + HON_CAU);

        assertEquals(403, act(vinhHai, offshoreAlert).status(), "offshore is in no station's area");
        assertEquals(403, act(caNa, offshoreAlert).status(), "offshore is in no station's area");
        assertEquals(200, act(commandDutyOfficer, offshoreAlert).status(), "the command acts on every alert");
    }

    @Test
    void aStationsCommanderChangesOnlyTheZonesOfItsArea() {
        Api.Response own = caNaCommander.put("/api/v1/zones/" + HON_CAU, "application/json",
                admin.get("/api/v1/zones/" + HON_CAU).body());
        assertEquals(200, own.status(), "Hòn Cau lies in Cà Ná's area: " + own.body());

        Api.Response other = caNaCommander.put("/api/v1/zones/" + NUI_CHUA, "application/json",
                admin.get("/api/v1/zones/" + NUI_CHUA).body());
        assertEquals(403, other.status(), other.body());
        assertEquals("out-of-scope", other.json().get("code").asString());
        assertEquals(403, caNaCommander.delete("/api/v1/zones/" + NUI_CHUA).status());
        assertEquals(200, admin.get("/api/v1/zones/" + NUI_CHUA).status(), "a refused delete deletes nothing");

        String newZone = "{\"type\":\"Feature\",\"properties\":{\"id\":\"SCOPE-NEW\",\"name\":\"new\",\"kind\":\"custom\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[109.5,11.5],[109.6,11.5],[109.6,11.6],[109.5,11.5]]]}}";
        Api.Response created = caNaCommander.post("/api/v1/zones", "application/geo+json", newZone);
        assertEquals(403, created.status(), "a zone of no unit's area is the command's: " + created.body());
        assertEquals(404, admin.get("/api/v1/zones/SCOPE-NEW").status());
    }

    @Test
    void aLiaisonWithNothingSharedSeesNoVesselAndNoAlert() {
        assertEquals(403, liaison.get("/api/v1/vessels").status());
        assertEquals(403, liaison.get("/api/v1/alerts").status());
        assertEquals(403, liaison.get("/api/v1/alerts/" + nuiChuaAlert).status());
        assertEquals(403, act(liaison, offshoreAlert).status());
        Api.Response own = liaison.get("/api/v1/session");
        assertEquals(200, own.status(), "a liaison still has their own account: " + own.body());
    }

    private Api account(String username, String assignment) {
        return newAccountWithRoles(username, assignment).withNewToken();
    }

    private static Api.Response act(Api officer, long alertId) {
        return officer.post("/api/v1/alerts/" + alertId + "/acknowledge", "application/json", "{}");
    }

    private String state(long alertId) {
        return admin.get("/api/v1/alerts/" + alertId).json().get("state").asString();
    }

    private long awaitAlert(String ruleId) {
        JsonNode page = Await.until("alert of " + ruleId + " stored", WAIT, () -> admin.get("/api/v1/alerts?ruleId="
                + ruleId).json(), found -> found.get("total").asInt() == 1);
        return page.get("alerts").get(0).get("id").asLong();
    }

    private static Detection detection(String ruleId, long vesselId, String zoneId, double latitude, double longitude) {
        return new Detection(Detection.Phase.RAISED, ruleId, RuleType.PROTECTED_AREA, vesselId, 0, zoneId,
                Severity.WARNING, T0, latitude, longitude, "inside for 10 min", Map.of("minutes", Figure.of(10, Unit.MINUTES)), List.of());
    }

    private static Path directory() {
        try {
            return Files.createTempDirectory("coastwatch-row-scoping");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
