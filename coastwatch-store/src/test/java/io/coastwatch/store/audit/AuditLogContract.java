package io.coastwatch.store.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.audit.AuditChain;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.testing.AllAtOnce;
import io.coastwatch.store.testing.BehindTheBack;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@link JdbcAuditLog} contract, run against every backend. */
abstract class AuditLogContract extends DatabaseTestBase {

    /** A record as a use case passes it: before and after as records with dates. */
    record Version(String name, LocalDate validFrom, LocalDate validTo) {
    }

    private JdbcAuditLog audit() {
        return database.audit();
    }

    private AuditEntry append(AuditRecord record) {
        return database.transactions().write(() -> audit().append(record));
    }

    private static AuditRecord record(String account, String entity, String id) {
        return new AuditRecord(account, "dbp-ca-na", "update", entity, id, Map.of("n", 1), Map.of("n", 2));
    }

    @Test
    void entriesAreChainedFromTheGenesisAndReadBackAsStored() {
        Version before = new Version("Đồn Biên phòng Cà Ná", LocalDate.of(2020, 1, 1), null);
        Version after = new Version("Đồn Biên phòng Cà Ná", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 1));
        AuditEntry first = append(new AuditRecord("admin", null, "create", "unit", "dbp-ca-na", null, before));
        AuditEntry second = append(new AuditRecord("chi-huy", "dbp-ca-na", "end", "unit", "dbp-ca-na", before, after));

        assertEquals(1, first.seq());
        assertEquals(AuditChain.GENESIS, first.previousHash());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(AuditChain.hashOf(second), second.hash());
        assertEquals("{\"name\":\"Đồn Biên phòng Cà Ná\",\"validFrom\":\"2020-01-01\",\"validTo\":\"2025-07-01\"}",
                second.afterJson());
        assertEquals(null, first.beforeJson());
        assertEquals(List.of(second, first), audit().find(AuditQuery.all(10)));
        assertEquals(second.head(), audit().head());
        AuditChain.Verification verification = audit().verify();
        assertTrue(verification.unbroken());
        assertEquals(2, verification.verified());
    }

    @Test
    void anAppendOutsideATransactionIsRefused() {
        assertThrows(IllegalStateException.class, () -> audit().append(record("admin", "unit", "u")));
        assertEquals(0, audit().head().seq());
    }

    @Test
    void theStoresOwnCodeAppendsInItsOwnTransaction() {
        AuditEntry entry = database.transactions().write(Durability.DURABLE,
                connection -> audit().append(connection, record("system:alerts", "alert", "17")));

        assertEquals(1, entry.seq());
        assertEquals(List.of(entry), audit().find(AuditQuery.all(10)));
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        append(record("admin", "unit", "u"));

        assertThrows(IllegalStateException.class,
                () -> BehindTheBack.execute(settings, "UPDATE audit_log SET account = 'someone-else' WHERE seq = 1"));
        assertThrows(IllegalStateException.class, () -> BehindTheBack.execute(settings, "DELETE FROM audit_log"));
        assertTrue(audit().verify().unbroken());
    }

    @Test
    void anEntryEditedBehindTheStoresBackIsTheFirstBreak() {
        for (int i = 1; i <= 5; i++) {
            append(record("admin", "unit", "u" + i));
        }
        BehindTheBack.dropAuditTriggers(settings);
        BehindTheBack.execute(settings, "UPDATE audit_log SET after_json = '{\"n\":3}' WHERE seq = 3");

        AuditChain.Verification verification = audit().verify();
        assertEquals(3, verification.firstBreak().orElseThrow().seq());
        assertEquals(2, verification.verified());
    }

    @Test
    void theNewestEntriesRemovedBehindTheStoresBackAreFoundMissing() {
        for (int i = 1; i <= 5; i++) {
            append(record("admin", "unit", "u" + i));
        }
        BehindTheBack.dropAuditTriggers(settings);
        BehindTheBack.execute(settings, "DELETE FROM audit_log WHERE seq >= 4");

        assertEquals(4, audit().verify().firstBreak().orElseThrow().seq());
    }

    @Test
    void entriesAreFoundByAccountEntityIdAndPeriodNewestFirstInPages() {
        Instant start = Instant.now().minusSeconds(1);
        for (int i = 1; i <= 12; i++) {
            append(record(i % 2 == 0 ? "admin" : "truc-ban", i % 3 == 0 ? "zone" : "unit", "id-" + (i % 4)));
        }
        Instant end = Instant.now().plusSeconds(1);

        List<AuditEntry> byAdmin = audit().find(new AuditQuery(null, null, "admin", null, null, null, null, 4));
        assertEquals(List.of(12L, 10L, 8L, 6L), seqs(byAdmin));
        List<AuditEntry> nextPage = audit().find(new AuditQuery(null, null, "admin", null, null, null, null, 4)
                .before(byAdmin.getLast().seq()));
        assertEquals(List.of(4L, 2L), seqs(nextPage));
        assertEquals(List.of(9L), seqs(audit().find(new AuditQuery(null, null, null, "zone", "id-1", null, null, 10))));
        assertEquals(List.of(12L, 9L, 6L, 3L),
                seqs(audit().find(new AuditQuery(null, null, null, "zone", null, null, null, 10))));
        assertEquals(12, audit().find(new AuditQuery(start, end, null, null, null, "dbp-ca-na", null, 100)).size());
        assertEquals(0, audit().find(new AuditQuery(end, null, null, null, null, null, null, 100)).size());
    }

    @Test
    void anExportOfAPeriodIsAConsecutiveRunAnInspectorReVerifies() {
        for (int i = 1; i <= 25; i++) {
            append(record("admin", "unit", "u" + i));
        }
        List<AuditEntry> exported = new ArrayList<>();
        audit().export(AuditQuery.period(Instant.EPOCH, Instant.now().plusSeconds(60)), exported::add);

        assertEquals(25, exported.size());
        List<AuditEntry> run = exported.subList(10, 20);
        AuditChain.Head start = new AuditChain.Head(run.getFirst().seq() - 1, run.getFirst().previousHash());
        assertTrue(AuditChain.verifyRun(start, run.iterator(), run.getLast().head()).unbroken());
    }

    @Test
    void concurrentWritersAreChainedInCommitOrderWithoutGaps() throws Exception {
        int threads = 8;
        int each = 50;
        AllAtOnce.run(threads, thread -> {
            for (int i = 0; i < each; i++) {
                append(record("officer-" + thread, "unit", "u" + i));
            }
        });

        AuditChain.Verification verification = audit().verify();
        assertTrue(verification.unbroken(), () -> verification.firstBreak().toString());
        assertEquals(threads * each, verification.verified());
    }

    @Test
    void verificationReadsPastOnePage() {
        database.transactions().run(() -> {
            for (int i = 0; i < JdbcAuditLog.PAGE + 5; i++) {
                audit().append(record("system:seed", "unit", "u" + i));
            }
        });

        assertEquals(JdbcAuditLog.PAGE + 5, audit().verify().verified());
    }

    private static List<Long> seqs(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::seq).toList();
    }
}
