-- The audit log (nhật ký): every write by a person or a job, chained by SHA-256. SQLite.
-- Keep in step with ../postgresql/V20__audit.sql: same tables, same columns.

-- One row per entry, appended in commit order and never changed (the triggers below refuse updates
-- and deletes). hash = SHA-256 of the fields and previous_hash, as io.coastwatch.operations.audit.AuditChain
-- writes them; before_json / after_json: the record before and after the write, as JSON (NULL: none).
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    time_ms       INTEGER NOT NULL,
    account       TEXT NOT NULL,
    unit_id       TEXT,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    before_json   TEXT,
    after_json    TEXT,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);

CREATE INDEX audit_log_time ON audit_log (time_ms);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_account ON audit_log (account);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- The last entry's seq and hash, one row: what the next entry is chained to, read and updated in the
-- appending transaction (SQLite's single writer serialises the appends). Verification compares the
-- last entry with it, so that removing the newest entries is found too.
CREATE TABLE audit_chain_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);

INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
