-- Alerts, their history, their evidence and the webhook outbox, SQLite. Keep in step with
-- ../postgresql/V3__alerts.sql: same tables, same columns.

-- One row per alert. state: new, acknowledged, escalated (open) or resolved, false_alarm (closed).
-- severity: INFO, WARNING, CRITICAL. rule_type: the rule's slug. other_vessel_id 0: none; zone_id '':
-- none; ended_ms NULL while the condition holds; details: a JSON object of strings.
-- key_vessel_id is the vessel of the alert's key (for an encounter the smaller of the two ids): at
-- most one open alert per rule, key vessel and zone.
CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    rule_id         TEXT NOT NULL,
    rule_type       TEXT NOT NULL,
    vessel_id       INTEGER NOT NULL,
    other_vessel_id INTEGER NOT NULL,
    key_vessel_id   INTEGER NOT NULL,
    zone_id         TEXT NOT NULL,
    severity        TEXT NOT NULL,
    state           TEXT NOT NULL,
    first_ms        INTEGER NOT NULL,
    last_ms         INTEGER NOT NULL,
    ended_ms        INTEGER,
    lat             REAL,
    lon             REAL,
    summary         TEXT NOT NULL,
    details         TEXT NOT NULL,
    updates         INTEGER NOT NULL
);

CREATE UNIQUE INDEX alerts_open_key ON alerts (rule_id, key_vessel_id, zone_id)
    WHERE state IN ('new', 'acknowledged', 'escalated');
CREATE INDEX alerts_last ON alerts (last_ms);
CREATE INDEX alerts_vessel ON alerts (vessel_id);

-- Who did what to an alert, and when, in order of id.
CREATE TABLE alert_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id  INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    time_ms   INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    comment   TEXT
);

CREATE INDEX alert_events_alert ON alert_events (alert_id);

-- The positions that made an alert fire (fix columns as in positions); bounded per alert by the store.
CREATE TABLE alert_evidence (
    alert_id        INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    vessel_id       INTEGER NOT NULL,
    time_ms         INTEGER NOT NULL,
    source          INTEGER NOT NULL,
    lat             REAL,
    lon             REAL,
    speed_knots     REAL,
    course_degrees  REAL,
    heading_degrees INTEGER NOT NULL,
    nav_status      INTEGER NOT NULL,
    plausibility    INTEGER NOT NULL,
    PRIMARY KEY (alert_id, vessel_id, time_ms, source)
) WITHOUT ROWID;

-- Webhook deliveries, written in the transaction of the alert change they report. next_attempt_ms
-- NULL: nothing more to do (delivered_ms set: delivered; else given up, last_error says why).
CREATE TABLE webhook_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id        INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    event           TEXT NOT NULL,
    payload         TEXT NOT NULL,
    url             TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    created_ms      INTEGER NOT NULL,
    next_attempt_ms INTEGER,
    delivered_ms    INTEGER,
    last_error      TEXT
);

CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_ms) WHERE next_attempt_ms IS NOT NULL;
CREATE INDEX webhook_outbox_alert ON webhook_outbox (alert_id);
