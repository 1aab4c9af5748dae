package io.coastwatch.operations.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash chain of the audit log. An entry's hash is the SHA-256 of its fields and the previous
 * entry's hash, each field written as its UTF-8 length, a colon and its bytes (a null field as
 * {@code -1:}), so that no two different entries share an encoding; the time is written as epoch
 * milliseconds. Changing, removing, inserting or reordering any entry breaks every hash from that
 * entry on; removing the last entries is found against the {@link Head} the log keeps apart.
 *
 * <p>An inspector re-verifies an export with the same rule: for each entry, the SHA-256 of
 * {@code len:seq len:timeMillis len:account len:unitId len:action len:entity len:entityId len:before
 * len:after len:previousHash} (no separators between the fields) is its hash. Stateless and thread-safe.
 */
public final class AuditChain {

    /** The {@code previousHash} of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] NULL_FIELD = "-1:".getBytes(StandardCharsets.US_ASCII);

    private AuditChain() {
    }

    /** The hash of an entry with these fields, chained to {@code previousHash}; lower-case hex. */
    public static String hash(long seq, Instant time, String account, String unitId, String action, String entity,
            String entityId, String beforeJson, String afterJson, String previousHash) {
        MessageDigest sha256 = sha256();
        for (String field : new String[] {Long.toString(seq), Long.toString(time.toEpochMilli()), account, unitId,
                action, entity, entityId, beforeJson, afterJson, previousHash}) {
            if (field == null) {
                sha256.update(NULL_FIELD);
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha256.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** {@link #hash} of {@code entry}'s own fields, as they should be for its stored hash. */
    public static String hashOf(AuditEntry entry) {
        return hash(entry.seq(), entry.time(), entry.account(), entry.unitId(), entry.action(), entry.entity(),
                entry.entityId(), entry.beforeJson(), entry.afterJson(), entry.previousHash());
    }

    /**
     * The entry after {@code previous} for these fields, at {@code time} (truncated to the millisecond),
     * with its hash.
     */
    public static AuditEntry next(Head previous, Instant time, AuditRecordText record) {
        long seq = previous.seq() + 1;
        Instant millis = Instant.ofEpochMilli(time.toEpochMilli());
        String hash = hash(seq, millis, record.account(), record.unitId(), record.action(), record.entity(),
                record.entityId(), record.beforeJson(), record.afterJson(), previous.hash());
        return new AuditEntry(seq, millis, record.account(), record.unitId(), record.action(), record.entity(),
                record.entityId(), record.beforeJson(), record.afterJson(), previous.hash(), hash);
    }

    /**
     * Checks entries read in seq order from the first: each seq one more than the last, each
     * {@code previousHash} the last one's hash, each hash recomputed; then the last entry against
     * {@code recordedHead}, the head the log keeps apart (so that removing the newest entries is found
     * too). Reads each entry once and holds none: the cost is one SHA-256 per entry.
     *
     * @return how many entries were checked and the first that breaks the chain, if any
     */
    public static Verification verify(Iterator<AuditEntry> entries, Head recordedHead) {
        return verifyRun(Head.GENESIS, entries, recordedHead);
    }

    /**
     * Checks a run of consecutive entries, such as an inspector's export of a period: as
     * {@link #verify}, but the first entry follows {@code start} (the seq and hash of the entry before it:
     * the first entry's own {@code seq - 1} and {@code previousHash} when the export is checked alone,
     * or those the live log shows, to tie the run to it) and the last must be {@code end}.
     */
    public static Verification verifyRun(Head start, Iterator<AuditEntry> entries, Head end) {
        Head last = start;
        long checked = 0;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            if (entry.seq() != last.seq() + 1) {
                return Verification.broken(checked, new Break(Math.min(entry.seq(), last.seq() + 1),
                        "expected entry " + (last.seq() + 1) + " here, found " + entry.seq()
                                + ": entries are missing or out of order"));
            }
            if (!entry.previousHash().equals(last.hash())) {
                return Verification.broken(checked, new Break(entry.seq(),
                        "its previous hash is not the hash of entry " + last.seq()));
            }
            if (!hashOf(entry).equals(entry.hash())) {
                return Verification.broken(checked, new Break(entry.seq(),
                        "its content does not match its hash: it was changed"));
            }
            last = entry.head();
            checked++;
        }
        if (end.seq() > last.seq()) {
            String missing = end.seq() == last.seq() + 1 ? "entry " + end.seq() + " is missing"
                    : "entries " + (last.seq() + 1) + " to " + end.seq() + " are missing";
            return Verification.broken(checked, new Break(last.seq() + 1,
                    missing + ": the chain head records " + end.seq() + " entries"));
        }
        if (end.seq() < last.seq()) {
            return Verification.broken(checked - (last.seq() - end.seq()), new Break(end.seq() + 1,
                    "the chain head records " + end.seq() + " entries: the entries after it were added behind the"
                            + " log's back"));
        }
        if (!end.hash().equals(last.hash())) {
            return Verification.broken(checked - 1, new Break(last.seq(),
                    "its hash is not the one the chain head records"));
        }
        return new Verification(checked, Optional.empty());
    }

    /**
     * An entry's fields in the text form that is stored and hashed: the {@link AuditRecord} with its
     * before and after written as JSON by the store.
     */
    public record AuditRecordText(String account, String unitId, String action, String entity, String entityId,
            String beforeJson, String afterJson) {
    }

    /**
     * The last entry of a chain: what the next entry is chained to. The log keeps its head apart from the
     * entries (and appends under its lock, so that entries are chained in commit order).
     *
     * @param seq the last entry's seq, 0 for an empty log
     * @param hash the last entry's hash, {@link #GENESIS} for an empty log
     */
    public record Head(long seq, String hash) {
        /** The head of an empty log. */
        public static final Head GENESIS = new Head(0, AuditChain.GENESIS);

        public Head {
            if (seq < 0) {
                throw new IllegalArgumentException("seq must not be negative: " + seq);
            }
            Objects.requireNonNull(hash, "hash");
        }
    }

    /**
     * What a verification found.
     *
     * @param verified how many entries, from the first, are proven unbroken
     * @param firstBreak the first entry that breaks the chain; empty when the whole chain is unbroken
     */
    public record Verification(long verified, Optional<Break> firstBreak) {

        static Verification broken(long verified, Break firstBreak) {
            return new Verification(Math.max(0, verified), Optional.of(firstBreak));
        }

        /** Whether every entry is in place and unchanged. */
        public boolean unbroken() {
            return firstBreak.isEmpty();
        }
    }

    /**
     * Where the chain breaks.
     *
     * @param seq the seq of the first entry that is wrong (or missing)
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
