-- Plans and their targets (kế hoạch, chỉ tiêu), SQLite. Keep in step with ../postgresql/V70__plans.sql:
-- same tables, same columns. Days are ISO dates (yyyy-mm-dd) of Vietnam's calendar, first and last
-- both included. The indicator definitions are data in the operations' indicators.csv, not here.

-- kind: resolution, year-plan, campaign. unit_id: the unit that adopted it.
CREATE TABLE plans (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    unit_id   TEXT NOT NULL,
    title     TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day  TEXT NOT NULL
);

CREATE INDEX plans_unit ON plans (unit_id);

-- A plan's targets in the order they were set (position from 0); value in the indicator's primary unit.
CREATE TABLE plan_targets (
    plan_id        TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    indicator_code TEXT NOT NULL,
    unit_id        TEXT NOT NULL,
    first_day      TEXT NOT NULL,
    last_day       TEXT NOT NULL,
    value          REAL NOT NULL,
    PRIMARY KEY (plan_id, position),
    UNIQUE (plan_id, indicator_code, unit_id, first_day, last_day)
);
