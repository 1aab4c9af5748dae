package io.coastwatch.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The fisheries registry through {@code /api/v1/registry}: CSV import and export, simulator records, errors. */
class RegistryApiTest extends ServerTest {
    private static final String HEADER = "registrationNumber,name,owner,lengthMetres,gear,licenceValidUntil,mmsi,vmsDeviceId,homePort\n";

    @Test
    void aCsvImportIsReadBackAsJsonAndCsv() {
        String csv = HEADER
                + "NT-90001-TS,NT 90001 TS,Nguyễn Văn A,16.5,PURSE_SEINE,2027-03-31,574900001,VMS-9001,PORT-CANA\n"
                + "NT-01002-TS,,Trần Thị B,9.5,,,,,PORT-DONGHAI\n";
        Api.Response imported = admin.post("/api/v1/registry", "text/csv", csv);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().get("vessels").asInt());

        JsonNode vessels = admin.get("/api/v1/registry").json();
        JsonNode seiner = find(vessels, "NT-90001-TS");
        assertEquals(16.5, seiner.get("lengthMetres").asDouble());
        assertEquals("2027-03-31", seiner.get("licenceValidUntil").asString());
        assertEquals(574_900_001, seiner.get("mmsi").asInt());
        Api.Response exported = admin.get("/api/v1/registry?format=csv");
        assertTrue(exported.body().contains("NT-01002-TS"), exported.body());
    }

    @Test
    void replacingTheRegistryWithAFileOfNoVesselNeedsConfirmation() {
        Api.Response added = admin.post("/api/v1/registry", "text/csv", HEADER + "NT-90006-TS,A,B,15,GILLNET,,,,PORT-CANA\n");
        assertEquals(200, added.status(), added.body());
        String before = admin.get("/api/v1/registry?format=csv").body();

        Api.Response refused = admin.post("/api/v1/registry?replace=true", "text/csv", HEADER);
        assertEquals(400, refused.status(), refused.body());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("emptyRegistry", error.get("field").asString());
        assertEquals("confirmation-required", error.get("code").asString());
        assertTrue(find(admin.get("/api/v1/registry").json(), "NT-90006-TS") != null, "nothing removed");

        Api.Response emptied = admin.post("/api/v1/registry?replace=true&emptyRegistry=true", "text/csv", HEADER);
        assertEquals(200, emptied.status(), emptied.body());
        assertEquals(0, admin.get("/api/v1/registry").json().size());
        assertEquals(200, admin.post("/api/v1/registry?replace=true", "text/csv", before).status(), "put back");
    }

    @Test
    void theCsvExportHoldsNoCellASpreadsheetWouldRunAsAFormula() {
        Api.Response added = admin.post("/api/v1/registry", "text/csv",
                HEADER + "NT-90007-TS,\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\",@owner,15,-,,,,+PORT\n");
        assertEquals(200, added.status(), added.body());
        String row = admin.get("/api/v1/registry?format=csv").body().lines().filter(l -> l.startsWith("NT-90007-TS"))
                .findFirst().orElseThrow();
        assertEquals("NT-90007-TS,\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\",\"'@owner\",15,\"'-\",,,,\"'+PORT\"",
                row);
        assertEquals("=HYPERLINK(\"http://example.invalid\";\"x\")",
                find(admin.get("/api/v1/registry").json(), "NT-90007-TS").get("name").asString(), "stored as sent");
    }

    @Test
    void aBadLineIsNamedAndNothingIsImported() {
        Api.Response refused = admin.post("/api/v1/registry", "text/csv", HEADER
                + "NT-90003-TS,A,B,15,GILLNET,,,,PORT-CANA\n"
                + "NT-90004-TS,A,B,long,GILLNET,,,,PORT-CANA\n");
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("line 3"), refused.body());
        JsonNode vessels = admin.get("/api/v1/registry").json();
        assertEquals(null, find(vessels, "NT-90003-TS"), "all or none");
    }

    @Test
    void simulatorRecordsBringDepartures() {
        String records = "{\"vessels\":[{\"registrationNumber\":\"NT-90005-TS\",\"mmsi\":574900005,\"name\":\"NT 90005 TS\","
                + "\"lengthMetres\":17,\"lengthClass\":\"FROM_15_M\",\"gear\":\"HANDLINE\",\"homePort\":\"PORT-CANA\","
                + "\"vmsDeviceId\":\"VMS-9005\",\"aisClass\":\"A\",\"licenceValidUntil\":\"2027-01-01\"}],"
                + "\"departures\":[{\"registrationNumber\":\"NT-90005-TS\",\"port\":\"PORT-CANA\",\"station\":\"ST-CANA\","
                + "\"departure\":\"2026-11-28T20:00:00Z\",\"declaredReturn\":\"2026-11-30T08:00:00Z\"}]}";
        Api.Response imported = admin.post("/api/v1/registry", "application/json", records);
        assertEquals(200, imported.status(), imported.body());
        JsonNode departures = admin.get("/api/v1/registry/departures").json();
        JsonNode departure = null;
        for (JsonNode d : departures) {
            if (d.get("registrationNumber").asString().equals("NT-90005-TS")) {
                departure = d;
            }
        }
        assertTrue(departure != null, departures.toString());
        assertEquals("2026-11-30T08:00:00Z", departure.get("declaredReturn").asString());
        assertEquals(400, admin.post("/api/v1/registry", "application/json", "{\"vessels\":3}").status());
        assertEquals(403, newAccount("registry-viewer", "VIEWER").post("/api/v1/registry", "text/csv", HEADER).status());
    }

    private static JsonNode find(JsonNode vessels, String registrationNumber) {
        for (JsonNode vessel : vessels) {
            if (vessel.get("registrationNumber").asString().equals(registrationNumber)) {
                return vessel;
            }
        }
        return null;
    }
}
