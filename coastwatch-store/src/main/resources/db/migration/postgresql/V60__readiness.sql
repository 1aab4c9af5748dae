-- Readiness (sẵn sàng chiến đấu), PostgreSQL. Keep in step with ../sqlite/V60__readiness.sql: same
-- tables, same columns. Instants are milliseconds since the epoch (UTC), columns ending in _ms.
-- Both tables are appended to, never updated: a unit's level and a resource's status at a moment are
-- the latest row effective by then (docs/operations.md, "Readiness, duty and patrols").

-- The order that set a unit's readiness level. level: regular, reinforced, high, full.
CREATE TABLE readiness_orders (
    unit_id         TEXT NOT NULL,
    effective_at_ms BIGINT NOT NULL,
    level           TEXT NOT NULL,
    order_ref       TEXT NOT NULL,
    reason          TEXT,
    set_by          TEXT NOT NULL,
    recorded_at_ms  BIGINT NOT NULL,
    PRIMARY KEY (unit_id, effective_at_ms)
);

-- A resource's status timeline. status: ready, standby, on-mission, maintenance, defect, crew-short,
-- weather-limited; a change lasts until the next one of its resource.
CREATE TABLE resource_status_changes (
    resource_id        TEXT NOT NULL,
    effective_at_ms    BIGINT NOT NULL,
    status             TEXT NOT NULL,
    reason             TEXT,
    expected_return_ms BIGINT,
    recorded_by        TEXT NOT NULL,
    recorded_at_ms     BIGINT NOT NULL,
    PRIMARY KEY (resource_id, effective_at_ms)
);
