-- The audit log (nhật ký): every write by a person or a job, chained by SHA-256. PostgreSQL.
-- Keep in step with ../sqlite/V20__audit.sql: same tables, same columns.

-- One row per entry, appended in commit order and never changed (the triggers below refuse updates,
-- deletes and truncation). hash = SHA-256 of the fields and previous_hash, as
-- io.coastwatch.operations.audit.AuditChain writes them; before_json / after_json: the record before
-- and after the write, as JSON text exactly as hashed (NULL: none).
CREATE TABLE audit_log (
    seq           BIGINT PRIMARY KEY,
    time_ms       BIGINT NOT NULL,
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

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- The last entry's seq and hash, one row: what the next entry is chained to. An append locks it
-- (SELECT ... FOR UPDATE) until its transaction commits, so that concurrent writers are chained in
-- commit order. Verification compares the last entry with it, so that removing the newest entries is
-- found too.
CREATE TABLE audit_chain_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
);

INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
