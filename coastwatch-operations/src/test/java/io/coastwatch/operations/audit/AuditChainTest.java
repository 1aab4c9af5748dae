package io.coastwatch.operations.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.audit.AuditChain.AuditRecordText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void aWholeChainVerifies() {
        assertTrue(AuditChain.verify(chain(5).iterator()).isEmpty());
    }

    @Test
    void aChangedEntryIsTheFirstBreak() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.seq(), third.time(), "someone-else", third.unitId(), third.action(),
                third.entity(), third.entityId(), third.beforeJson(), third.afterJson(), third.previousHash(),
                third.hash()));
        assertEquals(3, AuditChain.verify(entries.iterator()).orElseThrow().seq());
    }

    @Test
    void aRemovedEntryBreaksTheChainWhereItWas() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertEquals(3, AuditChain.verify(entries.iterator()).orElseThrow().seq());
    }

    @Test
    void aNullFieldAndAnEmptyOneHashDifferently() {
        Instant time = Instant.parse("2026-06-28T03:15:00Z");
        String withNull = AuditChain.hash(1, time, "a", null, "create", "unit", "u", null, "{}", AuditChain.GENESIS);
        String withEmpty = AuditChain.hash(1, time, "a", "", "create", "unit", "u", null, "{}", AuditChain.GENESIS);
        assertTrue(!withNull.equals(withEmpty));
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditChain.next(previous, Instant.parse("2026-06-28T03:15:00Z").plusSeconds(i),
                    new AuditRecordText("truc-ban", "station-a", "update", "unit", "station-a",
                            "{\"n\":" + i + "}", "{\"n\":" + (i + 1) + "}"));
            entries.add(previous);
        }
        return entries;
    }
}
