package io.coastwatch.server.audit;

import static io.coastwatch.server.alert.TestDetections.raised;
import static io.coastwatch.server.audit.AuditEntries.entries;
import static io.coastwatch.server.audit.AuditEntries.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.server.alert.AlertWorker;
import io.coastwatch.server.cli.CoastwatchCli;
import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.Await;
import io.coastwatch.server.support.ServerTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * Every write by a person beyond the organisation and the zones lands in the audit log in its
 * transaction, seen through {@code GET /api/v1/audit} with who, what and the record before and after:
 * a person's step on an alert with its comment, the rules, the sources, a registry import and the
 * accounts. After each, {@code coastwatch audit verify} on the server's data folder finds the chain
 * unbroken.
 */
class AuditedWritesTest extends ServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long T0 = Instant.parse("2026-11-28T06:00:00Z").toEpochMilli();

    @Autowired
    private AlertWorker alerts;

    @AfterEach
    void theChainVerifies() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CoastwatchCli());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        assertEquals(0, command.execute("audit", "verify", "--data", replayFolder().toString()), out + " " + err);
        assertTrue(out.toString().contains("chain unbroken"), out.toString());
    }

    @Test
    void aPersonsStepOnAnAlertIsAuditedWithTheStateBeforeAndAfterAndTheComment() {
        Api operator = newAccount("audited-operator", "duty-officer");
        alerts.accept(raised("audited-alert", 574_960_001L, "mpa-a", Severity.WARNING, T0, 0));
        long id = Await.until("the alert", WAIT, () -> admin.get("/api/v1/alerts?ruleId=audited-alert").json(),
                page -> page.get("total").asInt() == 1).get("alerts").get(0).get("id").asLong();

        Api.Response acknowledged = operator.post("/api/v1/alerts/" + id + "/acknowledge", "application/json",
                "{\"comment\":\"Tàu tuần tra đang tới\"}");
        assertEquals(200, acknowledged.status(), acknowledged.body());
        assertEquals(409, operator.post("/api/v1/alerts/" + id + "/acknowledge", "application/json", "{}").status());
        assertEquals(200, operator.post("/api/v1/alerts/" + id + "/resolve", "application/json", "{}").status());

        JsonNode entries = entries(admin, "entity=alert&entityId=" + id);
        assertEquals(List.of("resolve", "acknowledge"), strings(entries, "action"), "the refused step is not audited");
        assertEquals(List.of("audited-operator", "audited-operator"), strings(entries, "account"));
        JsonNode acknowledge = entries.get(1);
        assertTrue(acknowledge.get("before").asString().contains("\"state\":\"new\""), acknowledge.toString());
        assertTrue(acknowledge.get("after").asString().contains("\"state\":\"acknowledged\""), acknowledge.toString());
        assertTrue(acknowledge.get("after").asString().contains("\"comment\":\"Tàu tuần tra đang tới\""),
                acknowledge.toString());
        assertTrue(acknowledge.get("after").asString().contains("\"ruleId\":\"audited-alert\""), acknowledge.toString());
        assertTrue(entries.get(0).get("after").asString().contains("\"state\":\"resolved\""), entries.toString());
    }

    @Test
    void creatingDisablingChangingAndDeletingARuleAreAudited() {
        String rule = "{\"id\":\"audited-encounter\",\"type\":\"encounter\",\"enabled\":true,\"severity\":\"warning\","
                + "\"parameters\":{\"radiusMetres\":\"300\",\"duration\":\"1h\"}}";
        assertEquals(201, admin.post("/api/v1/rules", "application/json", rule).status());
        assertEquals(200, admin.put("/api/v1/rules/audited-encounter", "application/json",
                rule.replace("\"enabled\":true", "\"enabled\":false")).status());
        assertEquals(200, admin.put("/api/v1/rules/audited-encounter", "application/json",
                rule.replace("\"300\"", "\"500\"")).status());
        assertEquals(400, admin.put("/api/v1/rules/audited-encounter", "application/json",
                rule.replace("\"1h\"", "\"soon\"")).status());
        assertEquals(204, admin.delete("/api/v1/rules/audited-encounter").status());

        JsonNode entries = entries(admin, "entity=rule&entityId=audited-encounter");
        assertEquals(List.of("delete", "update", "disable", "create"), strings(entries, "action"),
                "the refused change is not audited");
        assertEquals("admin", entries.get(0).get("account").asString());
        assertTrue(entries.get(0).get("after").isNull(), entries.toString());
        assertTrue(entries.get(0).get("before").asString().contains("\"radiusMetres\":\"500\""), entries.toString());
        JsonNode update = entries.get(1);
        assertTrue(update.get("before").asString().contains("\"radiusMetres\":\"300\""), update.toString());
        assertTrue(update.get("after").asString().contains("\"radiusMetres\":\"500\""), update.toString());
        assertTrue(entries.get(2).get("after").asString().contains("\"enabled\":false"), entries.toString());
        assertTrue(entries.get(3).get("before").isNull(), entries.toString());
    }

    @Test
    void addingAndRemovingASourceAreAudited() {
        Api.Response added = admin.post("/api/v1/sources", "application/json",
                "{\"id\":\"audited-feed\",\"uri\":\"tcp://127.0.0.1:9\",\"enabled\":false}");
        assertEquals(201, added.status(), added.body());
        assertEquals(204, admin.delete("/api/v1/sources/audited-feed").status());

        JsonNode entries = entries(admin, "entity=source&entityId=audited-feed");
        assertEquals(List.of("delete", "create"), strings(entries, "action"));
        assertTrue(entries.get(1).get("after").asString().contains("\"uri\":\"tcp://127.0.0.1:9\""), entries.toString());
        assertTrue(entries.get(1).get("after").asString().contains("\"enabled\":false"), entries.toString());
        assertTrue(entries.get(0).get("before").asString().contains("\"uri\":\"tcp://127.0.0.1:9\""), entries.toString());
        assertTrue(entries.get(0).get("after").isNull(), entries.toString());
    }

    @Test
    void aRegistryImportIsAuditedWithTheVesselsItAddedAndChanged() {
        String header = "registrationNumber,name,owner,lengthMetres,gear,licenceValidUntil,mmsi,vmsDeviceId,homePort\n";
        String importPath = "/api/v1/registry/vessels/import";
        assertEquals(200, admin.post(importPath, "text/csv",
                header + "NT-96001-TS,Audited One,Nguyễn Văn A,16.5,PURSE_SEINE,,,,PORT-CANA\n").status());
        assertEquals(200, admin.post(importPath, "text/csv", header
                + "NT-96001-TS,Audited One,Nguyễn Văn B,16.5,PURSE_SEINE,,,,PORT-CANA\n"
                + "NT-96002-TS,Audited Two,Trần Thị C,9.5,,,,,PORT-DONGHAI\n").status());
        assertEquals(400, admin.post(importPath, "text/csv", header + "NT-96003-TS,X,Y,long,,,,,\n").status());

        JsonNode entries = entries(admin, "entity=fleet-registry&account=admin");
        assertEquals(List.of("import", "import"), strings(entries, "action"), "the refused file is not audited");
        String after = entries.get(0).get("after").asString();
        assertTrue(after.contains("\"created\":1") && after.contains("\"updated\":1"), after);
        assertTrue(after.contains("NT96001TS") && after.contains("NT96002TS"), after);
        assertTrue(entries.get(1).get("after").asString().contains("NT96001TS"), entries.toString());
    }

    @Test
    void creatingAndDisablingAnAccountAreAudited() {
        newAccount("audited-viewer", "viewer");
        assertEquals(200, admin.put("/api/v1/accounts/audited-viewer", "application/json",
                "{\"roles\":[{\"role\":\"viewer\",\"unitId\":\"*\"}],\"enabled\":false}").status());

        JsonNode entries = entries(admin, "entity=account&entityId=audited-viewer");
        assertEquals("disable", entries.get(0).get("action").asString(), entries.toString());
        assertEquals("create", entries.get(entries.size() - 1).get("action").asString(), entries.toString());
        assertTrue(entries.get(0).get("before").asString().contains("\"enabled\":true"), entries.toString());
        assertTrue(entries.get(0).get("after").asString().contains("\"enabled\":false"), entries.toString());
        entries.forEach(entry -> assertTrue(!entry.toString().contains("passwordHash"), entry.toString()));
    }
}
