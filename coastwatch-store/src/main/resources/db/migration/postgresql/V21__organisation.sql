-- The organisation as data (tổ chức): unit versions, agencies, persons and resources. PostgreSQL.
-- Keep in step with ../sqlite/V21__organisation.sql: same tables, same columns.
-- Dates are calendar days as ISO text (2025-07-01), compared as text; valid_to is the first day a
-- record no longer holds, NULL while it does. contacts: a JSON array of {channel, value, note};
-- area_zone_ids and competences: JSON arrays of ids. Every write is audited (audit_log, V20) in the
-- same transaction by the use cases of io.coastwatch.operations.org.usecase.

-- One row per version of a unit: a reorganisation ends a version and starts the next under the same
-- unit_id, so that old records keep their unit as it was.
CREATE TABLE org_unit_version (
    unit_id              TEXT NOT NULL,
    valid_from           TEXT NOT NULL,
    valid_to             TEXT,
    code                 TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    name_vi              TEXT NOT NULL,
    name_en              TEXT NOT NULL,
    parent_id            TEXT,
    area_zone_ids        TEXT NOT NULL,
    home_port_zone_id    TEXT,
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION,
    location_approximate BOOLEAN NOT NULL,
    contacts             TEXT NOT NULL,
    PRIMARY KEY (unit_id, valid_from)
);

CREATE INDEX org_unit_version_parent ON org_unit_version (parent_id);

CREATE TABLE org_agency (
    agency_id   TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    name_vi     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    contacts    TEXT NOT NULL,
    competences TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT
);

CREATE TABLE org_person (
    person_id   TEXT PRIMARY KEY,
    full_name   TEXT NOT NULL,
    rank        TEXT NOT NULL,
    position_vi TEXT NOT NULL,
    position_en TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    contacts    TEXT NOT NULL
);

CREATE INDEX org_person_unit ON org_person (unit_id);

-- speed_knots: patrol speed in knots; endurance_hours: hours out without refuelling; NULL: unknown.
CREATE TABLE org_resource (
    resource_id     TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    unit_id         TEXT NOT NULL,
    hull_number     TEXT,
    mmsi            BIGINT,
    tracker_id      TEXT,
    speed_knots     DOUBLE PRECISION,
    endurance_hours DOUBLE PRECISION,
    crew_size       INTEGER
);

CREATE INDEX org_resource_unit ON org_resource (unit_id);
CREATE UNIQUE INDEX org_resource_mmsi ON org_resource (mmsi) WHERE mmsi IS NOT NULL;
