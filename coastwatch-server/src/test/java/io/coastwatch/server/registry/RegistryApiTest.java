package io.coastwatch.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The fleet registry through {@code /api/v1/registry/vessels}: imports of CSV, XLSX and the simulator's
 * records, a vessel found by any identity, changed with field errors and its history, exports that run
 * no formula, and who may write.
 */
class RegistryApiTest extends ServerTest {
    private static final String HEADER = "registrationNumber,name,owner,lengthMetres,gear,licenceValidUntil,mmsi,vmsDeviceId,homePort\n";
    private static final String IMPORT = "/api/v1/registry/vessels/import";

    @Test
    void aCsvImportIsReadBackAsJsonAndCsvAndFoundByAnyIdentity() {
        String csv = HEADER
                + "NT-90001-TS,NT 90001 TS,Nguyễn Văn A,16.5,PURSE_SEINE,2027-03-31,574900001,VMS-9001,PORT-CANA\n"
                + "NT-01002-TS,,Trần Thị B,9.5,,,,,PORT-DONGHAI\n";
        Api.Response imported = admin.post(IMPORT, "text/csv", csv);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().get("created").asInt() + imported.json().get("unchanged").asInt()
                + imported.json().get("updated").asInt());

        JsonNode seiner = find(admin.get("/api/v1/registry/vessels").json(), "NT-90001-TS");
        assertEquals(16.5, seiner.get("lengthMetres").asDouble());
        assertEquals("2027-03-31", seiner.get("licenceValidUntil").asString());
        assertEquals(574_900_001, seiner.get("mmsi").asInt());
        for (String identity : List.of("nt%2090001%20ts", "NT90001TS", "574900001", "vms-9001")) {
            Api.Response found = admin.get("/api/v1/registry/vessels/" + identity);
            assertEquals(200, found.status(), identity + ": " + found.body());
            assertEquals("NT-90001-TS", found.json().get("registrationNumber").asString(), identity);
        }
        assertEquals(404, admin.get("/api/v1/registry/vessels/NT-99999-TS").status());
        assertEquals("NT-90001-TS", admin.get("/api/v1/registry/vessels?q=nt%20900").json().get(0)
                .get("registrationNumber").asString());
        assertTrue(admin.get("/api/v1/registry/vessels?format=csv").body().contains("NT-01002-TS"));
        assertEquals(400, admin.get("/api/v1/registry/vessels?format=pdf").status());
    }

    @Test
    void aChangeNamesItsWrongFieldsAndIsKeptInTheVesselsHistory() {
        assertEquals(200, admin.post(IMPORT, "text/csv", HEADER + "NT-90011-TS,Biển Xanh,A,14,GILLNET,,,,PORT-CANA\n").status());
        Api.Response refused = admin.put("/api/v1/registry/vessels/NT-90011-TS", "application/json",
                "{\"name\":\"Biển Xanh\",\"lengthMetres\":14,\"mmsi\":\"41234\",\"vmsDeviceIds\":[\"A\",\"B\",\"C\"]}");
        assertEquals(400, refused.status(), refused.body());
        List<String> fields = refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertEquals(List.of("mmsi", "vmsDeviceIds"), fields, refused.body());

        Api.Response changed = admin.put("/api/v1/registry/vessels/nt%2090011%20ts", "application/json",
                "{\"name\":\"Biển Xanh 2\",\"lengthMetres\":14,\"captainName\":\"Trần Văn Bình\",\"watchLists\":[\"stolen\"]}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("NT-90011-TS", changed.json().get("registrationNumber").asString(), "the number as recorded");
        JsonNode history = admin.get("/api/v1/registry/vessels/NT90011TS/history").json();
        assertEquals(2, history.size(), history.toString());
        assertEquals("import", history.get(0).get("action").asString());
        assertEquals("update", history.get(1).get("action").asString());
        assertEquals("Biển Xanh", history.get(0).get("vessel").get("name").asString());
        assertEquals("stolen", history.get(1).get("vessel").get("watchLists").get(0).asString());
        JsonNode audit = admin.get("/api/v1/audit?entity=fleet-vessel&entityId=NT90011TS").json();
        assertTrue(audit.toString().contains("Biển Xanh 2"), audit.toString());

        Api.Response mismatch = admin.put("/api/v1/registry/vessels/NT-90011-TS", "application/json",
                "{\"registrationNumber\":\"NT-90012-TS\",\"lengthMetres\":14}");
        assertEquals(400, mismatch.status());
        assertEquals(403, newAccount("registry-viewer", "VIEWER").put("/api/v1/registry/vessels/NT-90011-TS",
                "application/json", "{\"lengthMetres\":14}").status());
    }

    @Test
    void replacingTheRegistryWithAFileOfNoVesselNeedsConfirmation() {
        Api.Response added = admin.post(IMPORT, "text/csv", HEADER + "NT-90006-TS,A,B,15,GILLNET,,,,PORT-CANA\n");
        assertEquals(200, added.status(), added.body());
        String before = admin.get("/api/v1/registry/vessels?format=csv").body();

        Api.Response refused = admin.post(IMPORT + "?replace=true", "text/csv", HEADER);
        assertEquals(400, refused.status(), refused.body());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("emptyRegistry", error.get("field").asString());
        assertEquals("confirmation-required", error.get("code").asString());
        assertTrue(find(admin.get("/api/v1/registry/vessels").json(), "NT-90006-TS") != null, "nothing removed");

        Api.Response emptied = admin.post(IMPORT + "?replace=true&emptyRegistry=true", "text/csv", HEADER);
        assertEquals(200, emptied.status(), emptied.body());
        assertEquals(0, admin.get("/api/v1/registry/vessels").json().size());
        Api.Response restored = admin.post(IMPORT + "?replace=true", "text/csv", before);
        assertEquals(200, restored.status(), "put back: " + restored.body());
    }

    @Test
    void theCsvExportHoldsNoCellASpreadsheetWouldRunAsAFormula() {
        Api.Response added = admin.post(IMPORT, "text/csv",
                HEADER + "NT-90007-TS,\"=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\",@owner,15,-,,,,+PORT\n");
        assertEquals(200, added.status(), added.body());
        String row = admin.get("/api/v1/registry/vessels?format=csv").body().lines()
                .filter(l -> l.startsWith("NT-90007-TS")).findFirst().orElseThrow();
        assertTrue(row.startsWith("NT-90007-TS,\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\",,15.0,'-,"), row);
        assertTrue(row.contains(",'+PORT,") && row.contains(",'@owner,"), row);
        assertEquals("=HYPERLINK(\"http://example.invalid\";\"x\")",
                find(admin.get("/api/v1/registry/vessels").json(), "NT-90007-TS").get("name").asString(), "stored as sent");
    }

    @Test
    void aBadLineIsNamedWithItsColumnAndNothingIsImported() {
        Api.Response refused = admin.post(IMPORT, "text/csv", HEADER
                + "NT-90003-TS,A,B,15,GILLNET,,,,PORT-CANA\n"
                + "NT-90004-TS,A,B,long,GILLNET,,,,PORT-CANA\n");
        assertEquals(400, refused.status());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("line 3, lengthMetres", error.get("field").asString(), refused.body());
        assertEquals("bad-format", error.get("code").asString());
        assertEquals(null, find(admin.get("/api/v1/registry/vessels").json(), "NT-90003-TS"), "all or none");
    }

    @Test
    void anXlsxWorkbookImportsAndItsBadRowIsNamed() throws IOException, InterruptedException {
        byte[] good = workbook(List.of(List.of("registrationNumber", "lengthMetres", "vmsDeviceIds"),
                List.of("BTh-90021-TS", "12.5", "VMS-21; VMS-22")));
        assertEquals(200, postBytes(good).statusCode());
        assertEquals(List.of("VMS-21", "VMS-22"), admin.get("/api/v1/registry/vessels/vms-22").json().get("vmsDeviceIds")
                .valueStream().map(JsonNode::asString).toList());

        byte[] bad = workbook(List.of(List.of("registrationNumber", "lengthMetres"), List.of("BTh-90022-TS", "12"),
                List.of("BTh-90023-TS", "0")));
        HttpResponse<String> refused = postBytes(bad);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("line 3, lengthMetres", Api.parse(refused.body()).get("errors").get(0).get("field").asString());
        assertEquals(404, admin.get("/api/v1/registry/vessels/BTh-90022-TS").status(), "all or none");
        assertEquals(200, admin.get("/api/v1/registry/vessels?format=xlsx").status());
    }

    @Test
    void simulatorRecordsBringDepartures() {
        String records = "{\"vessels\":[{\"registrationNumber\":\"NT-90005-TS\",\"mmsi\":574900005,\"name\":\"NT 90005 TS\","
                + "\"lengthMetres\":17,\"lengthClass\":\"FROM_15_M\",\"gear\":\"HANDLINE\",\"homePort\":\"PORT-CANA\","
                + "\"vmsDeviceId\":\"VMS-9005\",\"aisClass\":\"A\",\"licenceValidUntil\":\"2027-01-01\"}],"
                + "\"departures\":[{\"registrationNumber\":\"NT-90005-TS\",\"port\":\"PORT-CANA\",\"station\":\"ST-CANA\","
                + "\"departure\":\"2026-11-28T20:00:00Z\",\"declaredReturn\":\"2026-11-30T08:00:00Z\"}]}";
        Api.Response imported = admin.post(IMPORT, "application/json", records);
        assertEquals(200, imported.status(), imported.body());
        JsonNode departure = admin.get("/api/v1/registry/departures").json().valueStream()
                .filter(d -> d.get("registrationNumber").asString().equals("NT-90005-TS")).findFirst().orElseThrow();
        assertEquals("2026-11-30T08:00:00Z", departure.get("declaredReturn").asString());
        assertEquals("VMS-9005", admin.get("/api/v1/registry/vessels/NT90005TS").json().get("vmsDeviceIds").get(0).asString());
        assertEquals(400, admin.post(IMPORT, "application/json", "{\"vessels\":3}").status());
        assertEquals(403, newAccount("registry-viewer-2", "VIEWER").post(IMPORT, "text/csv", HEADER).status());
    }

    private HttpResponse<String> postBytes(byte[] body) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(admin.request(IMPORT).header("Content-Type", FleetWorkbook.XLSX)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("vessels");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).close();
            return out.toByteArray();
        }
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
