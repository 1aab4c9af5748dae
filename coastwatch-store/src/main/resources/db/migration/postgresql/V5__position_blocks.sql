-- Position history in per-vessel blocks. Keep in step with ../sqlite/V5__position_blocks.sql: same
-- columns. A block holds up to 1,000 fixes of one vessel, the last less than an hour after the first,
-- packed by io.coastwatch.store.position.BlockCodec (a small versioned binary format); the bounds are
-- those of its plausible fixes (NULL: none). block_id follows the order blocks were written in
-- (io.coastwatch.store.position.BlockIds). The old positions table (one row per fix) is converted to
-- blocks and dropped by the store in Java when it opens (io.coastwatch.store.position.LegacyPositions).
-- Partitioned by first time: 7-day range partitions named position_blocks_pYYYYMMDD are created ahead
-- by the store (PostgresPositionTable); retention drops whole partitions.
CREATE TABLE position_blocks (
    vessel_id     BIGINT NOT NULL,
    first_time_ms BIGINT NOT NULL,
    block_id      BIGINT NOT NULL,
    last_time_ms  BIGINT NOT NULL,
    fix_count     INTEGER NOT NULL,
    min_lat       DOUBLE PRECISION,
    max_lat       DOUBLE PRECISION,
    min_lon       DOUBLE PRECISION,
    max_lon       DOUBLE PRECISION,
    fixes         BYTEA NOT NULL,
    PRIMARY KEY (vessel_id, first_time_ms, block_id)
) PARTITION BY RANGE (first_time_ms);

-- For periods, areas, retention and compaction.
CREATE INDEX position_blocks_time ON position_blocks (first_time_ms);
