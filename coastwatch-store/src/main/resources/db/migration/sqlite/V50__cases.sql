-- Cases (vụ việc), SQLite. Keep in step with ../postgresql/V50__cases.sql: same tables, same columns.
-- A case is its timeline (case_entries), appended and never changed; cases holds each case's summary
-- as of its last entry, for the board and the searches. Times are UNIX milliseconds (UTC).

-- The summary: number_unit_id/year/sequence is the number (45/VV-ĐBPCN is sequence 45 of that unit's
-- year), number its text; unit_id the unit it is assigned to now. state and severity are the API's codes.
-- persons / vessels: what it counts as đối tượng and phương tiện; entries: its timeline's length.
CREATE TABLE cases (
    id             TEXT PRIMARY KEY,
    number_unit_id TEXT NOT NULL,
    year           INTEGER NOT NULL,
    sequence       INTEGER NOT NULL,
    number         TEXT NOT NULL,
    kind_id        TEXT NOT NULL,
    severity       TEXT NOT NULL,
    state          TEXT NOT NULL,
    title          TEXT NOT NULL,
    unit_id        TEXT NOT NULL,
    lead_person_id TEXT,
    occurred_ms    INTEGER NOT NULL,
    latitude       REAL,
    longitude      REAL,
    zone_id        TEXT,
    opened_ms      INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    persons        INTEGER NOT NULL,
    vessels        INTEGER NOT NULL,
    entries        INTEGER NOT NULL,
    UNIQUE (number_unit_id, year, sequence)
);

CREATE INDEX cases_occurred ON cases (occurred_ms);
CREATE INDEX cases_unit_occurred ON cases (unit_id, occurred_ms);
CREATE INDEX cases_state_occurred ON cases (state, occurred_ms);
CREATE INDEX cases_kind_occurred ON cases (kind_id, occurred_ms);

-- The timeline: one row per entry, sequence from 1; event = the entry's type (opened, state-changed …),
-- payload = its fields as JSON. Append-only: the triggers refuse updates and deletes.
CREATE TABLE case_entries (
    case_id  TEXT NOT NULL REFERENCES cases (id),
    sequence INTEGER NOT NULL,
    at_ms    INTEGER NOT NULL,
    account  TEXT NOT NULL,
    event    TEXT NOT NULL,
    payload  TEXT NOT NULL,
    PRIMARY KEY (case_id, sequence)
);

CREATE TRIGGER case_entries_no_update BEFORE UPDATE ON case_entries BEGIN SELECT RAISE(ABORT, 'a case''s timeline is append-only'); END;
CREATE TRIGGER case_entries_no_delete BEFORE DELETE ON case_entries BEGIN SELECT RAISE(ABORT, 'a case''s timeline is append-only'); END;

-- The records a case came from or that joined it (source_type: alert, tip, control, trip, mission,
-- vms-outage), for the link the other way: an alert shows its cases.
CREATE TABLE case_links (
    source_type TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    linked_ms   INTEGER NOT NULL,
    PRIMARY KEY (source_type, source_id, case_id)
);

CREATE INDEX case_links_case ON case_links (case_id);

-- The last sequence each unit gave its cases in a year.
CREATE TABLE case_sequences (
    unit_id TEXT NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (unit_id, year)
);
