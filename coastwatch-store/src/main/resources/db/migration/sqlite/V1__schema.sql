-- Coastwatch schema, SQLite. Keep in step with ../postgresql/V1__schema.sql: same tables, same columns.
-- Doubles that are "not available" (NaN) are NULL. Enumerations are stored as the small codes of
-- io.coastwatch.store.position.FixCodes; roles as their names.

-- Every fix of every vessel. Clustered on (vessel, time) so that a track is one contiguous range;
-- a fix is identified by vessel, time and source (the same fix stored twice is kept once).
CREATE TABLE positions (
    vessel_id       INTEGER NOT NULL,
    time_ms         INTEGER NOT NULL,
    source          INTEGER NOT NULL,
    lat             REAL,
    lon             REAL,
    speed_knots     REAL,
    course_degrees  REAL,
    heading_degrees INTEGER NOT NULL,
    nav_status      INTEGER NOT NULL,
    plausibility    INTEGER NOT NULL,
    PRIMARY KEY (vessel_id, time_ms, source)
) WITHOUT ROWID;

-- For retention.
CREATE INDEX positions_time ON positions (time_ms);

-- The last known state of every vessel, with its last plausible fix (fix_time_ms NULL: none).
CREATE TABLE vessels (
    vessel_id           INTEGER PRIMARY KEY,
    mmsi                INTEGER NOT NULL,
    imo_number          INTEGER NOT NULL,
    call_sign           TEXT,
    name                TEXT,
    registration_number TEXT,
    vms_device_id       TEXT,
    ship_type           INTEGER NOT NULL,
    length_metres       INTEGER NOT NULL,
    beam_metres         INTEGER NOT NULL,
    draught_metres      REAL,
    destination         TEXT,
    eta_ms              INTEGER NOT NULL,
    flag                TEXT,
    last_seen_ms        INTEGER NOT NULL,
    fix_vessel_id       INTEGER,
    fix_time_ms         INTEGER,
    fix_source          INTEGER,
    fix_lat             REAL,
    fix_lon             REAL,
    fix_speed_knots     REAL,
    fix_course_degrees  REAL,
    fix_heading_degrees INTEGER,
    fix_nav_status      INTEGER,
    fix_plausibility    INTEGER
);

CREATE TABLE accounts (
    username      TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    enabled       INTEGER NOT NULL,
    created_ms    INTEGER NOT NULL
);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL
);

CREATE INDEX api_tokens_username ON api_tokens (username);

CREATE TABLE source_definitions (
    id         TEXT PRIMARY KEY,
    uri        TEXT NOT NULL,
    enabled    INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
