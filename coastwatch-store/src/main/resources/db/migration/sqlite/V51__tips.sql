-- People's reports (tin báo của nhân dân), SQLite. Keep in step with ../postgresql/V51__tips.sql: same
-- tables, same columns. Times are UNIX milliseconds (UTC); codes are the API's (hf-radio, verifying).

-- One row per tip, as it stands. reporter_*: the protected identity (NULL: not given; all NULL: anonymous).
-- latitude/longitude/uncertainty_m: the place (NULL: not said); landmark_id, distance_nm, bearing_deg: how
-- it was told. vessels: the subject vessels as a JSON array.
CREATE TABLE tips (
    id              TEXT PRIMARY KEY,
    unit_id         TEXT NOT NULL,
    channel         TEXT NOT NULL,
    reporter_name   TEXT,
    reporter_phone  TEXT,
    reporter_vessel TEXT,
    received_ms     INTEGER NOT NULL,
    received_by     TEXT NOT NULL,
    observed_ms     INTEGER NOT NULL,
    latitude        REAL,
    longitude       REAL,
    uncertainty_m   REAL,
    landmark_id     TEXT,
    distance_nm     REAL,
    bearing_deg     REAL,
    vessels         TEXT NOT NULL,
    kind_id         TEXT NOT NULL,
    description     TEXT,
    reliability     TEXT NOT NULL,
    credibility     TEXT NOT NULL,
    state           TEXT NOT NULL,
    case_id         TEXT,
    duplicate_of    TEXT,
    steps           INTEGER NOT NULL
);

CREATE INDEX tips_observed ON tips (observed_ms);
CREATE INDEX tips_unit_observed ON tips (unit_id, observed_ms);
CREATE INDEX tips_state_observed ON tips (state, observed_ms);

-- A tip's history, sequence from 1; append-only (the triggers refuse updates and deletes).
CREATE TABLE tip_steps (
    tip_id   TEXT NOT NULL REFERENCES tips (id),
    sequence INTEGER NOT NULL,
    at_ms    INTEGER NOT NULL,
    account  TEXT NOT NULL,
    action   TEXT NOT NULL,
    state    TEXT NOT NULL,
    text     TEXT,
    PRIMARY KEY (tip_id, sequence)
);

CREATE TRIGGER tip_steps_no_update BEFORE UPDATE ON tip_steps BEGIN SELECT RAISE(ABORT, 'a tip''s history is append-only'); END;
CREATE TRIGGER tip_steps_no_delete BEFORE DELETE ON tip_steps BEGIN SELECT RAISE(ABORT, 'a tip''s history is append-only'); END;
