-- Position history in per-vessel blocks. Keep in step with ../postgresql/V5__position_blocks.sql: same
-- columns. A block holds up to 1,000 fixes of one vessel, the last less than an hour after the first,
-- packed by io.coastwatch.store.position.BlockCodec (a small versioned binary format); the bounds are
-- those of its plausible fixes (NULL: none). block_id follows the order blocks were written in
-- (io.coastwatch.store.position.BlockIds). The old positions table (one row per fix) is converted to
-- blocks and dropped by the store in Java when it opens (io.coastwatch.store.position.LegacyPositions).

-- Clustered on (vessel, first time) so that a track is one contiguous range.
CREATE TABLE position_blocks (
    vessel_id     INTEGER NOT NULL,
    first_time_ms INTEGER NOT NULL,
    block_id      INTEGER NOT NULL,
    last_time_ms  INTEGER NOT NULL,
    fix_count     INTEGER NOT NULL,
    min_lat       REAL,
    max_lat       REAL,
    min_lon       REAL,
    max_lon       REAL,
    fixes         BLOB NOT NULL,
    PRIMARY KEY (vessel_id, first_time_ms, block_id)
) WITHOUT ROWID;

-- For periods, areas (blocks whose bounds miss the box are skipped in the index), retention and
-- compaction (which reads fix_count here too).
CREATE INDEX position_blocks_time ON position_blocks (first_time_ms, last_time_ms, min_lat, max_lat, min_lon,
    max_lon, fix_count);
