-- Zones and their change history; the position time index made covering for area queries. SQLite.
-- Keep in step with ../postgresql/V2__zones.sql: same tables, same columns.

-- The current zones, each as its GeoJSON Feature (as io.coastwatch.engine.zone.geojson.ZoneGeoJson
-- writes it); version counts the changes recorded for it.
CREATE TABLE zones (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    feature    TEXT NOT NULL,
    version    INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    updated_ms INTEGER NOT NULL
);

-- Every change to a zone (created, updated, deleted), appended and never changed: who, when, the
-- Feature before (NULL when created) and after (NULL when deleted).
CREATE TABLE zone_changes (
    change_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    zone_id        TEXT NOT NULL,
    time_ms        INTEGER NOT NULL,
    username       TEXT NOT NULL,
    action         TEXT NOT NULL,
    before_feature TEXT,
    after_feature  TEXT
);

CREATE INDEX zone_changes_zone ON zone_changes (zone_id, change_id);

-- "Which vessels were in this area during this period": the time index also carries latitude,
-- longitude and plausibility (and, as every index of a WITHOUT ROWID table, the primary key with the
-- vessel id), so the query reads a time range of the index alone, never the table. Retention uses it
-- as before; the name stays.
DROP INDEX positions_time;

CREATE INDEX positions_time ON positions (time_ms, lat, lon, plausibility);
