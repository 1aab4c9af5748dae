package io.coastwatch.server.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The organisation's files through {@code /api/v1}: an export imports back unchanged (CSV and XLSX, all
 * four kinds), and an XLSX workbook with a bad line is refused naming the line and the field, importing
 * nothing.
 */
class OrganisationFilesApiTest extends ServerTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> KINDS = List.of("units", "agencies", "persons", "resources");

    @BeforeEach
    void someOfEachKind() {
        put("/api/v1/agencies/files-agency", "{\"kind\":\"fisheries-inspection\",\"nameVi\":\"Kiểm ngư tệp\","
                + "\"contacts\":[{\"channel\":\"phone\",\"value\":\"0258 000 000\",\"note\":\"trực 24/7\"}],"
                + "\"competences\":[],\"validFrom\":\"2020-01-01\"}");
        if (admin.get("/api/v1/units/files-cmd/history").status() == 404) {
            Api.Response imported = admin.post("/api/v1/units/import", "text/csv", "id,code,kind,nameVi,parentId,latitude,"
                    + "longitude,locationApproximate,validFrom,validTo\n"
                    + "files-cmd,F-C,command,Bộ Chỉ huy tệp,,11.5,109.0,true,2020-01-01,\n"
                    + "files-station,F-S,station,\"Đồn tệp, cũ\",files-cmd,11.4,109.0,false,2020-01-01,2025-07-01\n"
                    + "files-station,F-S,station,Đồn tệp mới,files-cmd,11.4,109.0,false,2025-07-01,\n");
            assertEquals(200, imported.status(), imported.body());
        }
        put("/api/v1/persons/files-person", "{\"fullName\":\"Phạm Thị Tệp\",\"rank\":\"major\",\"positionVi\":\"Trạm trưởng\","
                + "\"unitId\":\"files-station\"}");
        put("/api/v1/resources/files-boat", "{\"kind\":\"fast-boat\",\"name\":\"CA NÔ TỆP\",\"unitId\":\"files-station\","
                + "\"mmsi\":574000123,\"speedKnots\":25.5,\"enduranceHours\":8,\"crewSize\":4}");
        put("/api/v1/resources/files-radar", "{\"kind\":\"radar\",\"name\":\"Ra-đa tệp\",\"unitId\":\"files-cmd\"}");
    }

    @Test
    void aCsvExportImportsBackUnchangedAndExportsTheSameBytes() {
        for (String kind : KINDS) {
            byte[] exported = download("/api/v1/" + kind + "/export?format=csv");
            String text = new String(exported, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("files-"), kind + ": " + text);
            JsonNode result = upload("/api/v1/" + kind + "/import", "text/csv", exported);
            assertEquals(0, result.get("written").asInt(), kind + " writes nothing: " + result);
            assertTrue(result.get("unchanged").asInt() >= 1, kind + ": " + result);
            assertEquals(text, new String(download("/api/v1/" + kind + "/export?format=csv"),
                    java.nio.charset.StandardCharsets.UTF_8), kind + " exports the same again");
        }
    }

    @Test
    void anXlsxExportImportsBackUnchanged() {
        for (String kind : KINDS) {
            byte[] exported = download("/api/v1/" + kind + "/export?format=xlsx");
            JsonNode result = upload("/api/v1/" + kind + "/import", XLSX, exported);
            assertEquals(0, result.get("written").asInt(), kind + " writes nothing: " + result);
            assertTrue(result.get("unchanged").asInt() >= 1, kind + ": " + result);
        }
    }

    @Test
    void anXlsxImportWithABadLineNamesItAndImportsNothing() {
        byte[] workbook = workbook(List.of(
                List.of("id", "fullName", "rank", "positionVi", "unitId"),
                List.of("files-good", "Đỗ Văn Tốt", "captain", "Đội phó", "files-station"),
                List.of("files-bad", "Đỗ Văn Sai", "admiral-of-the-fleet", "Đội phó", "files-station")));
        Api.Response refused = send("/api/v1/persons/import", XLSX, workbook);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("line 3, rank"), refused.body());
        assertEquals(404, admin.get("/api/v1/persons/files-good").status(), "the good line was not imported either");

        Api.Response notAWorkbook = send("/api/v1/persons/import", XLSX, "id,fullName\n".getBytes());
        assertEquals(400, notAWorkbook.status(), notAWorkbook.body());
        assertTrue(notAWorkbook.body().contains("\"file\""), notAWorkbook.body());
    }

    private void put(String path, String json) {
        Api.Response response = admin.put(path, "application/json", json);
        assertEquals(200, response.status(), path + ": " + response.body());
    }

    private byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(admin.request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), path);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode upload(String path, String contentType, byte[] body) {
        Api.Response response = send(path, contentType, body);
        assertEquals(200, response.status(), path + ": " + response.body());
        return response.json();
    }

    private Api.Response send(String path, String contentType, byte[] body) {
        return admin.send(admin.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] workbook(List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("persons");
            for (int line = 0; line < rows.size(); line++) {
                Row row = sheet.createRow(line);
                for (int column = 0; column < rows.get(line).size(); column++) {
                    row.createCell(column).setCellValue(rows.get(line).get(column));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
