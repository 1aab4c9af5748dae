-- The fisheries registry, port control's departure records and the rule definitions.

-- Registered fishing vessels (imported from CSV); licence_valid_until is an ISO date or NULL.
CREATE TABLE registry_vessels (
    registration_number TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    owner               TEXT NOT NULL,
    length_metres       DOUBLE PRECISION NOT NULL,
    gear                TEXT NOT NULL,
    licence_valid_until TEXT,
    mmsi                INTEGER NOT NULL,
    vms_device_id       TEXT,
    home_port           TEXT NOT NULL
);

-- A vessel leaves at most once at a given time; arrival_ms NULL while at sea.
CREATE TABLE departure_records (
    registration_number  TEXT NOT NULL,
    departure_ms         BIGINT NOT NULL,
    port_id              TEXT NOT NULL,
    station_id           TEXT NOT NULL,
    declared_return_ms   BIGINT NOT NULL,
    arrival_ms           BIGINT,
    PRIMARY KEY (registration_number, departure_ms)
);

-- Rule instances as the API and the rules file define them (the definition as JSON).
CREATE TABLE rule_definitions (
    id          TEXT PRIMARY KEY,
    definition  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_ms  BIGINT NOT NULL
);
