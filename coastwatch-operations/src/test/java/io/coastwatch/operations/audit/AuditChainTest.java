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
        List<AuditEntry> entries = chain(5);
        AuditChain.Verification verification = AuditChain.verify(entries.iterator(), entries.getLast().head());
        assertTrue(verification.unbroken());
        assertEquals(5, verification.verified());
        assertTrue(AuditChain.verify(List.<AuditEntry>of().iterator(), AuditChain.Head.GENESIS).unbroken());
    }

    @Test
    void removedNewestEntriesAreFoundAgainstTheHead() {
        List<AuditEntry> entries = chain(5);
        AuditChain.Head head = entries.getLast().head();
        AuditChain.Verification verification = AuditChain.verify(entries.subList(0, 3).iterator(), head);
        assertEquals(4, verification.firstBreak().orElseThrow().seq());
        assertEquals(3, verification.verified());
    }

    @Test
    void anEntryAddedBehindTheHeadIsFound() {
        List<AuditEntry> entries = chain(5);
        assertEquals(5, AuditChain.verify(entries.iterator(), entries.get(3).head()).firstBreak().orElseThrow().seq());
    }

    @Test
    void aChangedEntryIsTheFirstBreak() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.seq(), third.time(), "someone-else", third.unitId(), third.action(),
                third.entity(), third.entityId(), third.beforeJson(), third.afterJson(), third.previousHash(),
                third.hash()));
        assertEquals(3, verify(entries).seq());
    }

    @Test
    void aRemovedEntryBreaksTheChainWhereItWas() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertEquals(2, verify(entries).seq());
    }

    @Test
    void aNullFieldAndAnEmptyOneHashDifferently() {
        Instant time = Instant.parse("2026-06-28T03:15:00Z");
        String withNull = AuditChain.hash(1, time, "a", null, "create", "unit", "u", null, "{}", AuditChain.GENESIS);
        String withEmpty = AuditChain.hash(1, time, "a", "", "create", "unit", "u", null, "{}", AuditChain.GENESIS);
        assertTrue(!withNull.equals(withEmpty));
    }

    @Test
    void aRehashedChangedEntryBreaksTheNextOne() {
        List<AuditEntry> entries = chain(5);
        AuditEntry second = entries.get(1);
        String forged = AuditChain.hash(2, second.time(), "forger", second.unitId(), second.action(), second.entity(),
                second.entityId(), second.beforeJson(), second.afterJson(), second.previousHash());
        entries.set(1, new AuditEntry(2, second.time(), "forger", second.unitId(), second.action(), second.entity(),
                second.entityId(), second.beforeJson(), second.afterJson(), second.previousHash(), forged));
        assertEquals(3, verify(entries).seq());
    }

    private static AuditChain.Break verify(List<AuditEntry> entries) {
        return AuditChain.verify(entries.iterator(), AuditChain.Head.GENESIS).firstBreak().orElseThrow();
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditChain.Head previous = AuditChain.Head.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditEntry entry = AuditChain.next(previous, Instant.parse("2026-06-28T03:15:00Z").plusSeconds(i),
                    new AuditRecordText("truc-ban", "station-a", "update", "unit", "station-a",
                            "{\"n\":" + i + "}", "{\"n\":" + (i + 1) + "}"));
            entries.add(entry);
            previous = entry.head();
        }
        return entries;
    }
}
