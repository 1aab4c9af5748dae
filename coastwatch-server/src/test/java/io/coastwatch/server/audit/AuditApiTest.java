package io.coastwatch.server.audit;

import static io.coastwatch.server.audit.AuditEntries.entries;
import static io.coastwatch.server.audit.AuditEntries.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.audit.AuditChain;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/audit} on the whole server: browsing filtered by account, entity and id, period and
 * pages; the export for an inspector, JSON and CSV, re-verified hash by hash with the rule
 * {@code AuditChain} documents, and an altered export found.
 */
class AuditApiTest extends ServerTest {

    private static final String PERSON = "{\"fullName\":\"Lê Văn Kiểm\",\"rank\":\"captain\",\"positionVi\":\"Đội trưởng\","
            + "\"positionEn\":\"Team leader\",\"unitId\":\"audit-cmd\"}";

    @Test
    void entriesAreFoundByAccountEntityIdAndPeriodInPages() {
        Api second = newAccount("audit-second-admin", "system-admin");
        assertEquals(201, admin.post("/api/v1/units", "application/json", "{\"id\":\"audit-cmd\",\"code\":\"AU-C\","
                + "\"kind\":\"command\",\"nameVi\":\"Bộ Chỉ huy kiểm tra\",\"validFrom\":\"2020-01-01\"}").status());
        assertEquals(200, admin.put("/api/v1/persons/audit-p1", "application/json", PERSON).status());
        assertEquals(200, second.put("/api/v1/persons/audit-p1", "application/json",
                PERSON.replace("captain", "major")).status());
        assertEquals(200, second.put("/api/v1/persons/audit-p2", "application/json", PERSON).status());

        JsonNode p1 = entries(admin, "entity=person&entityId=audit-p1");
        assertEquals(List.of("update", "create"), strings(p1, "action"), "newest first");
        assertEquals(List.of("audit-second-admin", "admin"), strings(p1, "account"));
        assertEquals("audit-cmd", p1.get(0).get("unitId").asString());
        assertTrue(p1.get(0).get("before").asString().contains("\"rank\":\"captain\""), p1.toString());
        assertTrue(p1.get(0).get("after").asString().contains("\"rank\":\"major\""), p1.toString());

        JsonNode bySecond = entries(admin, "account=audit-second-admin&entity=person");
        assertEquals(List.of("audit-p2", "audit-p1"), strings(bySecond, "entityId"));
        assertEquals(3, entries(admin, "unitId=audit-cmd&entity=person").size());

        Instant updated = Instant.parse(p1.get(0).get("time").asString());
        JsonNode fromUpdate = entries(admin, "entity=person&entityId=audit-p1&from=" + updated);
        assertEquals(List.of("update"), strings(fromUpdate, "action"), "from is inclusive");
        JsonNode beforeUpdate = entries(admin, "entity=person&entityId=audit-p1&to=" + updated);
        assertTrue(strings(beforeUpdate, "action").stream().noneMatch("update"::equals), "to is exclusive");

        JsonNode firstPage = admin.get("/api/v1/audit?unitId=audit-cmd&entity=person&limit=2").json();
        assertEquals(2, firstPage.get("entries").size());
        long next = firstPage.get("nextBefore").asLong();
        JsonNode secondPage = admin.get("/api/v1/audit?unitId=audit-cmd&entity=person&limit=2&before=" + next).json();
        assertEquals(List.of("create"), strings(secondPage.get("entries"), "action"));
        assertEquals("audit-p1", secondPage.get("entries").get(0).get("entityId").asString());
        assertTrue(secondPage.get("nextBefore").isNull(), "the last page");

        Api.Response badLimit = admin.get("/api/v1/audit?limit=0");
        assertEquals(400, badLimit.status());
        assertTrue(badLimit.body().contains("\"limit\""), badLimit.body());
        Api.Response badPeriod = admin.get("/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertEquals(400, badPeriod.status());
        assertTrue(badPeriod.body().contains("\"to\""), badPeriod.body());
        assertEquals(403, newAccount("audit-viewer", "viewer").get("/api/v1/audit").status(), "administrators only");
    }

    @Test
    void theExportOfTheWholeLogReverifiesHashByHashAsJsonAndCsvAndAnAlteredEntryIsFound() {
        assertEquals(200, admin.put("/api/v1/agencies/audit-export-agency", "application/json",
                "{\"kind\":\"police\",\"nameVi\":\"Công an kiểm tra\",\"competences\":[],\"validFrom\":\"2020-01-01\"}")
                .status());

        Api.Response json = admin.get("/api/v1/audit/export");
        assertEquals(200, json.status(), json.body());
        List<Entry> fromJson = new ArrayList<>();
        json.json().get("entries").forEach(node -> fromJson.add(Entry.of(node)));
        assertTrue(fromJson.size() >= 2, "the log holds the admin's first account writes and the agency");
        assertEquals(AuditChain.GENESIS, fromJson.getFirst().previousHash(), "the whole log starts at the genesis");
        assertEquals(-1, firstBadSeq(fromJson), "every hash recomputes and chains");

        Api.Response csv = admin.get("/api/v1/audit/export?format=csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        List<Entry> fromCsv = csvEntries(csv.body());
        int both = Math.min(fromJson.size(), fromCsv.size());
        assertEquals(fromJson.subList(0, both), fromCsv.subList(0, both), "the CSV holds the same entries, nulls as nulls");
        assertEquals(-1, firstBadSeq(fromCsv));

        Entry altered = fromJson.get(1);
        fromJson.set(1, new Entry(altered.seq(), altered.time(), "someone-else", altered.unitId(), altered.action(),
                altered.entity(), altered.entityId(), altered.before(), altered.after(), altered.previousHash(),
                altered.hash()));
        assertEquals(altered.seq(), firstBadSeq(fromJson), "an entry changed after the export no longer recomputes");

        Api.Response badFormat = admin.get("/api/v1/audit/export?format=xml");
        assertEquals(400, badFormat.status());
        assertTrue(badFormat.body().contains("\"format\""), badFormat.body());
    }

    /** An exported entry, its fields as exported ({@code null} where the export has no value). */
    private record Entry(long seq, Instant time, String account, String unitId, String action, String entity,
            String entityId, String before, String after, String previousHash, String hash) {

        static Entry of(JsonNode node) {
            return new Entry(node.get("seq").asLong(), Instant.parse(node.get("time").asString()), text(node, "account"),
                    text(node, "unitId"), text(node, "action"), text(node, "entity"), text(node, "entityId"),
                    text(node, "before"), text(node, "after"), text(node, "previousHash"), text(node, "hash"));
        }

        static Entry of(CSVRecord row) {
            return new Entry(Long.parseLong(row.get("seq")), Instant.parse(row.get("time")), row.get("account"),
                    row.get("unitId"), row.get("action"), row.get("entity"), row.get("entityId"), row.get("before"),
                    row.get("after"), row.get("previousHash"), row.get("hash"));
        }

        private static String text(JsonNode node, String field) {
            return node.get(field).isNull() ? null : node.get(field).asString();
        }
    }

    /** The inspector's check: the seq of the first entry that does not recompute or chain, or -1. */
    private static long firstBadSeq(List<Entry> entries) {
        String previous = entries.getFirst().previousHash();
        long seq = entries.getFirst().seq();
        for (Entry entry : entries) {
            String recomputed = AuditChain.hash(entry.seq(), entry.time(), entry.account(), entry.unitId(),
                    entry.action(), entry.entity(), entry.entityId(), entry.before(), entry.after(),
                    entry.previousHash());
            if (entry.seq() != seq++ || !entry.previousHash().equals(previous) || !recomputed.equals(entry.hash())) {
                return entry.seq();
            }
            previous = entry.hash();
        }
        return -1;
    }

    private static List<Entry> csvEntries(String csv) {
        try (var parser = AuditController.CSV.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<Entry> entries = new ArrayList<>();
            parser.forEach(row -> entries.add(Entry.of(row)));
            assertNotEquals(0, entries.size());
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
