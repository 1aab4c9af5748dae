package io.coastwatch.store.audit;

import io.coastwatch.operations.audit.AuditEntry;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The audit entries in seq order, read a page of {@link JdbcAuditLog#PAGE} at a time (keyset paging on
 * {@code seq}: each query is short, holds no transaction open and no writer back), holding one page.
 * Not thread-safe.
 */
final class EntryPages implements Iterator<AuditEntry> {

    /** Reads up to {@code limit} entries with a seq above {@code afterSeq}, in seq order. */
    @FunctionalInterface
    interface PageReader {
        List<AuditEntry> read(long afterSeq, int limit);
    }

    private final PageReader reader;
    private List<AuditEntry> page = List.of();
    private int next;
    private long lastSeq;
    private boolean exhausted;

    EntryPages(PageReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        page = reader.read(lastSeq, JdbcAuditLog.PAGE);
        next = 0;
        exhausted = page.size() < JdbcAuditLog.PAGE;
        return !page.isEmpty();
    }

    @Override
    public AuditEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        AuditEntry entry = page.get(next++);
        lastSeq = entry.seq();
        return entry;
    }
}
