package io.coastwatch.store.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.testing.AllAtOnce;
import io.coastwatch.store.testing.BehindTheBack;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link JdbcTransactions} contract: one transaction per thread, joined by the store's code, nesting. */
abstract class TransactionsContract extends DatabaseTestBase {

    private JdbcTransactions transactions;

    @BeforeEach
    void createNotes() {
        BehindTheBack.execute(settings, "CREATE TABLE tx_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
        transactions = database.transactions();
    }

    @Test
    void aWriteAndItsAuditRecordCommitTogether() {
        String result = transactions.write(() -> {
            insertNote(1, "first");
            database.audit().append(record("note-1"));
            return "done";
        });

        assertEquals("done", result);
        assertEquals(List.of("first"), notes());
        assertEquals(1, database.audit().head().seq());
    }

    @Test
    void aFailingWorkLeavesNeitherItsWriteNorItsAuditRecordAndItsExceptionPassesUnchanged() {
        StateConflict refused = new StateConflict("the note is closed");
        StateConflict thrown = assertThrows(StateConflict.class, () -> transactions.run(() -> {
            insertNote(1, "lost");
            database.audit().append(record("note-1"));
            throw refused;
        }));

        assertSame(refused, thrown);
        assertEquals(List.of(), notes());
        assertEquals(0, database.audit().head().seq());
        assertTrue(database.audit().verify().unbroken());
    }

    @Test
    void theStoresCodeSeesTheTransactionsOwnWritesWhileOthersSeeThemOnlyAfterTheCommit() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            transactions.run(() -> {
                insertNote(1, "pending");
                assertEquals(List.of("pending"), notes());
                assertEquals(List.of(), get(other.submit(this::notes)));
            });
            assertEquals(List.of("pending"), get(other.submit(this::notes)));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void anInnerWriteJoinsTheOuterOneAndAFailureTheOuterCatchesUndoesOnlyTheInner() {
        transactions.run(() -> {
            insertNote(1, "outer");
            transactions.run(() -> insertNote(2, "inner kept"));
            assertThrows(IllegalStateException.class, () -> transactions.run(() -> {
                insertNote(3, "inner undone");
                database.audit().append(record("note-3"));
                throw new IllegalStateException("refused");
            }));
            database.audit().append(record("note-1"));
        });

        assertEquals(List.of("outer", "inner kept"), notes());
        assertEquals(1, database.audit().head().seq());
        assertEquals("note-1", database.audit().find(AuditQuery.all(10)).getFirst()
                .entityId());
    }

    @Test
    void anOuterFailureUndoesTheInnerWritesToo() {
        assertThrows(IllegalArgumentException.class, () -> transactions.run(() -> {
            transactions.run(() -> insertNote(1, "inner"));
            throw new IllegalArgumentException("outer refused");
        }));

        assertEquals(List.of(), notes());
    }

    @Test
    void concurrentTransactionsEachCommitWhole() throws Exception {
        int threads = 6;
        int each = 40;
        AllAtOnce.run(threads, thread -> {
            for (int i = 0; i < each; i++) {
                int id = thread * each + i;
                transactions.run(() -> {
                    insertNote(id, "note " + id);
                    database.audit().append(record("note-" + id));
                });
            }
        });

        assertEquals(threads * each, notes().size());
        assertEquals(threads * each, database.audit().head().seq());
        assertTrue(database.audit().verify().unbroken());
    }

    private void insertNote(int id, String note) {
        transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tx_notes (id, note) VALUES (?, ?)")) {
                insert.setInt(1, id);
                insert.setString(2, note);
                return insert.executeUpdate();
            }
        });
    }

    private List<String> notes() {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT note FROM tx_notes ORDER BY id");
                    ResultSet rows = select.executeQuery()) {
                List<String> notes = new ArrayList<>();
                while (rows.next()) {
                    notes.add(rows.getString(1));
                }
                return notes;
            }
        });
    }

    private static AuditRecord record(String noteId) {
        return new AuditRecord("truc-ban", "dbp-ca-na", "create", "note", noteId, null, Map.of("id", noteId));
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
