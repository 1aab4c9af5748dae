-- Port control's fleet registry (io.coastwatch.operations.registry). PostgreSQL.
-- Keep in step with ../sqlite/V40__fleet_registry.sql: same tables, same columns.
-- fleet_vessel: the vessels registered now, by what they are found by, and their current version;
-- the record itself is that version's in fleet_vessel_version: its fields
-- (io.coastwatch.operations.registry.VesselForms) as a JSON object, absent fields left out. registration_key is the number however spelled
-- (NT-90123-TS and nt 90123 ts are NT90123TS); search_text its key, name and owner, lower case.

CREATE TABLE fleet_vessel (
    registration_key TEXT PRIMARY KEY,
    mmsi             INTEGER,
    home_station_id  TEXT,
    search_text      TEXT NOT NULL,
    version          INTEGER NOT NULL
);

CREATE INDEX fleet_vessel_mmsi ON fleet_vessel (mmsi);

-- A VMS device belongs to one vessel; device_id upper case.
CREATE TABLE fleet_vessel_device (
    device_id        TEXT PRIMARY KEY,
    registration_key TEXT NOT NULL
);

CREATE INDEX fleet_vessel_device_vessel ON fleet_vessel_device (registration_key);

-- Every version of every vessel's record, appended, never changed (changed_ms: UNIX ms).
CREATE TABLE fleet_vessel_version (
    registration_key TEXT NOT NULL,
    version          INTEGER NOT NULL,
    action           TEXT NOT NULL,
    changed_ms       BIGINT NOT NULL,
    changed_by       TEXT NOT NULL,
    record           TEXT NOT NULL,
    PRIMARY KEY (registration_key, version)
);

CREATE FUNCTION fleet_vessel_version_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'fleet_vessel_version is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER fleet_vessel_version_append_only BEFORE UPDATE OR DELETE ON fleet_vessel_version
    FOR EACH ROW EXECUTE FUNCTION fleet_vessel_version_append_only();
