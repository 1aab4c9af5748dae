package io.coastwatch.operations.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

/**
 * The hash chain of the audit log. An entry's hash is the SHA-256 of its fields and the previous
 * entry's hash, each field written as its UTF-8 length, a colon and its bytes (a null field as
 * {@code -1:}), so that no two different entries share an encoding. Changing, removing, inserting or
 * reordering any entry breaks every hash from that entry on. Stateless and thread-safe.
 */
public final class AuditChain {

    /** The {@code previousHash} of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of an entry with these fields, chained to {@code previousHash}; lower-case hex. */
    public static String hash(long seq, Instant time, String account, String unitId, String action, String entity,
            String entityId, String beforeJson, String afterJson, String previousHash) {
        MessageDigest sha256 = sha256();
        for (String field : new String[] {Long.toString(seq), Long.toString(time.toEpochMilli()), account, unitId,
                action, entity, entityId, beforeJson, afterJson, previousHash}) {
            if (field == null) {
                sha256.update("-1:".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha256.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The entry of seq {@code previous.seq() + 1} (or 1 after none) for these fields, at {@code time}, with its hash. */
    public static AuditEntry next(AuditEntry previous, Instant time, AuditRecordText record) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        String hash = hash(seq, time, record.account(), record.unitId(), record.action(), record.entity(),
                record.entityId(), record.beforeJson(), record.afterJson(), previousHash);
        return new AuditEntry(seq, time, record.account(), record.unitId(), record.action(), record.entity(),
                record.entityId(), record.beforeJson(), record.afterJson(), previousHash, hash);
    }

    /**
     * Checks entries read in seq order from the first: each seq one more than the last, each
     * {@code previousHash} the last one's hash, each hash recomputed. Reads each entry once; holds none.
     *
     * @return the first entry that breaks the chain, with why; empty when the chain is whole
     */
    public static Optional<Break> verify(Iterator<AuditEntry> entries) {
        long expectedSeq = 1;
        String previousHash = GENESIS;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (entry.seq() != expectedSeq) {
                return Optional.of(new Break(entry.seq(), "expected entry " + expectedSeq + " here: entries are missing or out of order"));
            }
            if (!entry.previousHash().equals(previousHash)) {
                return Optional.of(new Break(entry.seq(), "its previous hash is not the hash of entry " + (expectedSeq - 1)));
            }
            String recomputed = hash(entry.seq(), entry.time(), entry.account(), entry.unitId(), entry.action(),
                    entry.entity(), entry.entityId(), entry.beforeJson(), entry.afterJson(), entry.previousHash());
            if (!recomputed.equals(entry.hash())) {
                return Optional.of(new Break(entry.seq(), "its content does not match its hash: it was changed"));
            }
            previousHash = entry.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    /**
     * An entry's fields in the text form that is stored and hashed: the {@link AuditRecord} with its
     * before and after written as JSON by the store.
     */
    public record AuditRecordText(String account, String unitId, String action, String entity, String entityId,
            String beforeJson, String afterJson) {
    }

    /**
     * Where the chain breaks.
     *
     * @param seq the seq of the first entry that is wrong
     * @param reason why, in English
     */
    public record Break(long seq, String reason) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
