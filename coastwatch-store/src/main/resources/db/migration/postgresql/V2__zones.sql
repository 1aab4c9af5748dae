-- Zones and their change history. PostgreSQL.
-- Keep in step with ../sqlite/V2__zones.sql: same tables, same columns. The positions table keeps its
-- BRIN time index: an area query reads the period's blocks of the period's partitions.

-- The current zones, each as its GeoJSON Feature (as io.coastwatch.engine.zone.geojson.ZoneGeoJson
-- writes it); version counts the changes recorded for it.
CREATE TABLE zones (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    feature    TEXT NOT NULL,
    version    BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_ms BIGINT NOT NULL
);

-- Every change to a zone (created, updated, deleted), appended and never changed: who, when, the
-- Feature before (NULL when created) and after (NULL when deleted).
CREATE TABLE zone_changes (
    change_id      BIGSERIAL PRIMARY KEY,
    zone_id        TEXT NOT NULL,
    time_ms        BIGINT NOT NULL,
    username       TEXT NOT NULL,
    action         TEXT NOT NULL,
    before_feature TEXT,
    after_feature  TEXT
);

CREATE INDEX zone_changes_zone ON zone_changes (zone_id, change_id);
