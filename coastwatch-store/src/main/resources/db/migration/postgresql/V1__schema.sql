-- Coastwatch schema, PostgreSQL. Keep in step with ../sqlite/V1__schema.sql: same tables, same columns.
-- Doubles that are "not available" (NaN) are NULL. Enumerations are stored as the small codes of
-- io.coastwatch.store.position.FixCodes; roles as their names.

-- Every fix of every vessel, partitioned by time: 7-day range partitions named positions_pYYYYMMDD
-- are created ahead by the store (PostgresPositionTable); retention drops whole partitions.
-- A fix is identified by vessel, time and source (the same fix stored twice is kept once).
CREATE TABLE positions (
    vessel_id       BIGINT NOT NULL,
    time_ms         BIGINT NOT NULL,
    source          SMALLINT NOT NULL,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    speed_knots     DOUBLE PRECISION,
    course_degrees  DOUBLE PRECISION,
    heading_degrees SMALLINT NOT NULL,
    nav_status      SMALLINT NOT NULL,
    plausibility    SMALLINT NOT NULL,
    PRIMARY KEY (vessel_id, time_ms, source)
) PARTITION BY RANGE (time_ms);

-- For retention within a partition: rows arrive roughly in time order, so a BRIN index is tiny.
CREATE INDEX positions_time ON positions USING brin (time_ms);

-- The last known state of every vessel, with its last plausible fix (fix_time_ms NULL: none).
CREATE TABLE vessels (
    vessel_id           BIGINT PRIMARY KEY,
    mmsi                INTEGER NOT NULL,
    imo_number          INTEGER NOT NULL,
    call_sign           TEXT,
    name                TEXT,
    registration_number TEXT,
    vms_device_id       TEXT,
    ship_type           INTEGER NOT NULL,
    length_metres       INTEGER NOT NULL,
    beam_metres         INTEGER NOT NULL,
    draught_metres      DOUBLE PRECISION,
    destination         TEXT,
    eta_ms              BIGINT NOT NULL,
    flag                TEXT,
    last_seen_ms        BIGINT NOT NULL,
    fix_vessel_id       BIGINT,
    fix_time_ms         BIGINT,
    fix_source          SMALLINT,
    fix_lat             DOUBLE PRECISION,
    fix_lon             DOUBLE PRECISION,
    fix_speed_knots     DOUBLE PRECISION,
    fix_course_degrees  DOUBLE PRECISION,
    fix_heading_degrees INTEGER,
    fix_nav_status      INTEGER,
    fix_plausibility    SMALLINT
);

CREATE TABLE accounts (
    username      TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    enabled       BOOLEAN NOT NULL,
    created_ms    BIGINT NOT NULL
);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL
);

CREATE INDEX api_tokens_username ON api_tokens (username);

CREATE TABLE source_definitions (
    id         TEXT PRIMARY KEY,
    uri        TEXT NOT NULL,
    enabled    BOOLEAN NOT NULL,
    created_by TEXT NOT NULL,
    created_ms BIGINT NOT NULL
);
